from litmine.store.db import Store

__all__ = ["Store"]
