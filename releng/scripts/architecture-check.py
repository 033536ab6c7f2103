#!/usr/bin/env python3
"""Checks the layering rules of docs/DESIGN: no UI imports below the UI bundles, no cycles between
LandCarbon bundles, tests only in fragments. Reads MANIFEST.MF files and Java imports; prints
'N passed, N failed' and exits non-zero on a violation."""
import pathlib, re, sys

repo = pathlib.Path(__file__).resolve().parents[2]
UI_PREFIXES = ("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui", "org.eclipse.e4.ui", "org.eclipse.swtchart")
passed, failed = 0, 0

def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("  FAIL  " + what)

def headers(manifest):
    text = re.sub(r"\r?\n ", "", manifest.read_text(encoding="utf-8"))
    return dict(line.split(":", 1) for line in text.splitlines() if ":" in line)

def names(value):
    # Split a manifest clause list on commas outside quotes; keep the name before ';'.
    parts = re.split(r',(?=(?:[^"]*"[^"]*")*[^"]*$)', value or "")
    return [p.split(";")[0].strip() for p in parts if p.strip()]

bundles = {}
for manifest in sorted(repo.glob("bundles/*/META-INF/MANIFEST.MF")):
    h = headers(manifest)
    name = h["Bundle-SymbolicName"].split(";")[0].strip()
    bundles[name] = (manifest.parents[1], h)

for name, (folder, h) in bundles.items():
    is_ui = name.startswith("org.landcarbon.ui")
    is_test = "Fragment-Host" in h
    deps = names(h.get("Require-Bundle")) + names(h.get("Import-Package"))
    if not is_ui and not (is_test and names(h["Fragment-Host"])[0].startswith("org.landcarbon.ui")):
        bad = [d for d in deps if d.startswith(UI_PREFIXES)]
        check(not bad, f"{name} depends on UI: {bad}")
        java_ui = [str(p.relative_to(repo)) for p in folder.rglob("*.java")
                   if re.search(r"^import (static )?(" + "|".join(map(re.escape, UI_PREFIXES)) + r")", p.read_text(encoding="utf-8"), re.M)]
        check(not java_ui, f"{name} imports UI classes in {java_ui[:3]}")
    # API_POLICY.md: every exported package is either versioned API or x-internal.
    exports = re.split(r',(?=(?:[^"]*"[^"]*")*[^"]*$)', h.get("Export-Package", ""))
    unversioned = [e.split(";")[0].strip() for e in exports if e.strip() and "version=" not in e and "x-internal" not in e and "x-friends" not in e]
    check(not unversioned, f"{name} exports packages without a version (API_POLICY.md): {unversioned}")
    if name.endswith(".tests"):
        check(is_test, f"{name} is a test bundle but not a fragment")

# No cycles among LandCarbon bundles (Require-Bundle and Fragment-Host edges).
graph = {n: [d for d in names(h.get("Require-Bundle")) if d in bundles] for n, (_, h) in bundles.items()}
state = {}
def visit(n, path):
    if state.get(n) == 1:
        return path[path.index(n):] + [n]
    if state.get(n) == 2:
        return None
    state[n] = 1
    for d in graph[n]:
        cycle = visit(d, path + [n])
        if cycle:
            return cycle
    state[n] = 2
    return None
for n in graph:
    cycle = visit(n, [])
    check(cycle is None, f"dependency cycle: {' -> '.join(cycle or [])}")
    if cycle:
        break

# Docs are self-contained: every relative link of a Markdown file resolves to a file of the repository,
# and no example points outside it (a user's clone has nothing beside the repository).
def tracked_markdown():
    for md in sorted(repo.rglob("*.md")):
        rel = md.relative_to(repo)
        if any(part in ("target", "bin", "node_modules", "src-gen") or part.startswith(".") for part in rel.parts[:-1]):
            continue
        yield md

link = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
for md in tracked_markdown():
    text = md.read_text(encoding="utf-8")
    rel = md.relative_to(repo)
    outside = [m.group(0) for m in re.finditer(r"(?<![\w/])\.\./shared\b[^\s)`]*", text)]
    check(not outside, f"{rel} points outside the repository: {outside[:3]}")
    for m in link.finditer(text):
        target = m.group(1).split("#")[0]
        if not target or re.match(r"^[a-z][a-z0-9+.-]*:", target):
            continue  # an anchor in the page, or a URL (http:, mailto:)
        resolved = (md.parent / target).resolve()
        inside = resolved == repo or repo in resolved.parents
        parts = resolved.parts
        if inside and "target" in parts:
            # build output (e.g. the API javadoc): exists after ./mvnw verify; its module must exist now
            module = pathlib.Path(*parts[:parts.index("target")])
            check((module / "pom.xml").exists(), f"{rel}: link {target} is build output of no module")
            continue
        check(inside and resolved.exists(), f"{rel}: link {target} " + ("leaves the repository" if not inside else "does not exist"))

print(f"architecture-check: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
