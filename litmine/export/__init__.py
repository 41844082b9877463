"""Writers: one function per output format."""

from litmine.export.jsonl import write_jsonl

__all__ = ["write_jsonl"]
