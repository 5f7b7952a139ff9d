"""Roles as a reader wants them, exactly: every pack's examples_roles.toml (sentence case, no fragment, a title
set off by commas before the name). A role "__none__" means the person has none."""

import pytest

from factsheet import langpack
from factsheet.facts.entities import extract_entities


def role_cases():
    return [pytest.param(code, case, id=f"{code}-{k}")
            for k, (code, case) in enumerate(langpack.example_cases("examples_roles"))]


@pytest.mark.parametrize("code,case", role_cases())
def test_pack_role_cases(code, case):
    ents = extract_entities(case["sentences"], langpack.load(code), case.get("title"))  # (a headline, when given)
    roles = {p.name: p.role for p in ents.who if p.type == "person"}
    for name, role in case["roles"].items():
        assert name in roles and roles[name] == (None if role == "__none__" else role), roles
