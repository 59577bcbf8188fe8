"""The mini county every rule test starts from has no finding: each test's finding is its own."""

from conftest import AS_OF


def test_mini_county_is_clean(mini):
    result = mini.validate(as_of=AS_OF)
    assert [f"{f.path}:{f.line}:{f.column} {f.code} {f.message}" for f in result.findings] == []
    assert result.files == 11
