"""benchmarks/concept_senses_groups.py: German development documents fall in group A or B by a hash of their file
name alone, so all of a document's passages and candidate records share one group."""

import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from concept_senses_groups import GROUP_SALT, group_of  # noqa: E402


def test_group_is_the_parity_of_the_first_sha1_byte_of_the_salted_file_name():
    for name in ("example-1.pdf", "example-2.pdf", "Beispiel.pdf"):
        first = hashlib.sha1((GROUP_SALT + name).encode("utf-8")).digest()[0]
        assert group_of(name) == ("A" if first % 2 == 0 else "B")


def test_group_depends_on_the_file_name_only():
    for name in ("example-1.pdf", "example-2.pdf"):
        assert group_of(f"de_refsection/pdf/{name}") == group_of(name) == group_of(f"excite-ssoar/{name}")


def test_both_groups_occur():
    assert {group_of(f"doc{k}.pdf") for k in range(20)} == {"A", "B"}
