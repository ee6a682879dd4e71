#!/usr/bin/env python3
"""Fails when code outside a scenario's folder names a scenario by its id.

Scenarios are found through the registry (core/scenarios/registry.cpp); what a scenario says or
does lives in its own folder, core/scenarios/<id>/. A literal such as "race" anywhere else in
core/, ui/ or app/ is code deciding by scenario, which belongs in that folder instead.

The ids are the registry's: each folder it includes from is a scenario, named by its id (the
script checks that the folder's ScenarioInfo says so).

Usage: check_scenario_ids.py SOURCE_DIR
"""

import pathlib
import re
import sys

LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
REGISTRY = pathlib.Path("core/scenarios/registry.cpp")


def code_lines(text):
    """The lines of a C++ file with comments blanked, numbered from 1."""
    text = re.sub(r"/\*.*?\*/", lambda m: re.sub(r"[^\n]", " ", m.group(0)), text, flags=re.S)
    for number, line in enumerate(text.split("\n"), 1):
        yield number, re.sub(r'//[^"]*$', "", line)


def scenario_ids(root):
    registry = (root / REGISTRY).read_text(encoding="utf-8")
    folders = re.findall(r'#include "([^"/]+)/[^"]+\.h"', registry)
    if not folders:
        sys.exit(f"{REGISTRY}: no scenario folders included")
    for folder in folders:
        sources = "".join(p.read_text(encoding="utf-8") for p in (root / "core/scenarios" / folder).glob("*.cpp"))
        if f'"{folder}",' not in sources:
            sys.exit(f"core/scenarios/{folder}/: no ScenarioInfo with the id \"{folder}\" (the folder is named by it)")
    return set(folders)


def main():
    root = pathlib.Path(sys.argv[1]).resolve()
    ids = scenario_ids(root)
    allowed = {root / "core/scenarios" / i for i in ids}
    found = []
    for top in ("core", "ui", "app"):
        for path in sorted((root / top).rglob("*")):
            if path.suffix not in (".cpp", ".h") or path == root / REGISTRY:
                continue
            if any(folder in path.parents for folder in allowed):
                continue
            for number, line in code_lines(path.read_text(encoding="utf-8")):
                if line.lstrip().startswith("#include"):
                    continue
                for literal in LITERAL.findall(line):
                    if literal in ids:
                        found.append(f"{path.relative_to(root)}:{number}: scenario id \"{literal}\": {line.strip()}")
    for f in found:
        print(f)
    if found:
        print(f"{len(found)} scenario id(s) named outside their scenario's folder: ask the scenario instead "
              "(Scenario's virtual functions, its Teaching), or move the code into its folder.")
        return 1
    print(f"no scenario id named outside core/scenarios/<id>/ and the registry ({len(ids)} scenarios)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
