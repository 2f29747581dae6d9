"""The import graph of ``pipeline/`` (every import, at the top of a module or inside a function): no circle,
the base layer imports no stage, and a stage imports no later stage (README, "Architecture")."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "pipeline"
# The stages in their order; a module of one may import modules of the same or an earlier stage.
STAGES = ("ingest", "annotate", "extractors", "normalize", "events", "write")
# The base every stage may use: language knowledge, plain records, messages, tables, settings.
BASE = ("lang", "records", "errors", "tables", "config", "model", "version")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """``module -> the pipeline modules it imports`` (a name imported from a package is its submodule when
    there is one of that name)."""
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                           for alias in node.names]
            else:
                continue
            graph[name] |= {t for t in targets if t in modules and t != name}
    return graph


def part(module: str) -> str:
    """The top-level part of the package a module belongs to (``pipeline.ingest.files`` -> ``ingest``)."""
    return module.split(".")[1] if "." in module else ""


def test_the_graph_is_read():
    graph = import_graph()
    assert "pipeline.ingest.files" in graph["pipeline.ingest.articles"]
    assert "pipeline.lang.dates" in graph["pipeline.ingest.header"]
    assert "pipeline.work" in graph["pipeline.engines.local"]


def test_no_circle():
    graph = import_graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    assert circles == []


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_imports_no_later_stage_and_nothing_above_the_stages(stage):
    allowed = set(BASE) | set(STAGES[: STAGES.index(stage) + 1])
    wrong = sorted(f"{module} -> {target}" for module, targets in import_graph().items() if part(module) == stage
                   for target in targets if part(target) not in allowed)
    assert wrong == []


def test_the_base_layer_imports_no_stage():
    wrong = sorted(f"{module} -> {target}" for module, targets in import_graph().items() if part(module) in BASE
                   for target in targets if part(target) not in BASE)
    assert wrong == []


def test_lang_uses_only_the_tables_and_the_messages():
    wrong = sorted(f"{module} -> {target}" for module, targets in import_graph().items() if part(module) == "lang"
                   for target in targets if part(target) not in ("lang", "tables", "errors"))
    assert wrong == []


def test_every_module_is_under_500_lines():
    long = {str(p.relative_to(PACKAGE)): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) >= 500}
    assert long == {}
