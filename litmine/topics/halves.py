"""The sparse product X @ H of scikit-learn's NMF (coordinate descent) computed in two threads, for the same result.

Each iteration of the coordinate descent multiplies the TF-IDF matrix X (units x terms, CSR) by the topic-term
factor, and X's transpose by the unit-topic factor; on the 1,000-document scale corpus these products are about
two thirds of the final model's CPU (development). scipy computes each row of a CSR matrix's product on its own (a
row's stored entries times the dense rows they point to, added in their stored order), so X's rows may be cut into
two halves, views of its arrays, multiplied in two threads: every element is the same sequence of operations as in
one call, bit for bit. scipy's sparse products release the GIL, so the halves run on two cores at once. The
transpose's product is left as it is: its rows (the terms) are X's columns, which only a copy of X in the other
layout would cut without changing the order of the sums (about 70 MiB more on that corpus, development).

`split_products()` puts this in place of the `safe_sparse_dot` that scikit-learn's NMF module calls, for the fits
made inside it; litmine uses it for the model on every unit, which runs alone (train._final_fit).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import numpy as np

SPLIT_NNZ = 100_000  # smaller matrices are multiplied in one call (a thread's hand-over would cost more)


class _Halves:
    """The row halves of each CSR matrix multiplied (views of its arrays, made once), and the products of them."""

    def __init__(self, pool) -> None:
        self.pool = pool
        self.made: dict[tuple, tuple] = {}

    def halves(self, a) -> tuple:
        # keyed by where a's values lie (held here, so that no other array can take their place while this lasts)
        key = (a.data.ctypes.data, a.shape, a.nnz)
        found = self.made.get(key)
        if found is None:
            found = self.made[key] = (a.data, _row_halves(a))
        return found[1]

    def dot(self, a, b: np.ndarray) -> np.ndarray:
        top, bottom = self.halves(a)
        out = np.empty((a.shape[0], b.shape[1]), dtype=np.result_type(a.dtype, b.dtype))
        mid = top.shape[0]

        def lower() -> None:
            out[mid:] = bottom @ b

        done = self.pool.submit(lower)
        out[:mid] = top @ b
        done.result()
        return out


def _row_halves(m) -> tuple:
    """The first and second half of a CSR matrix's rows, as CSR matrices over views of its arrays."""
    import scipy.sparse as sp

    rows = m.shape[0]
    mid = rows // 2
    cut = int(m.indptr[mid])
    top = sp.csr_matrix((m.data[:cut], m.indices[:cut], m.indptr[:mid + 1]), shape=(mid, m.shape[1]), copy=False)
    bottom = sp.csr_matrix((m.data[cut:], m.indices[cut:], m.indptr[mid:] - cut), shape=(rows - mid, m.shape[1]),
                           copy=False)
    return top, bottom


def _splits(a, b) -> bool:
    import scipy.sparse as sp

    return (sp.issparse(a) and a.format == "csr" and a.nnz >= SPLIT_NNZ and a.shape[0] >= 2
            and isinstance(b, np.ndarray) and b.ndim == 2)


@contextlib.contextmanager
def split_products() -> Iterator[None]:
    """Within it, scikit-learn's NMF multiplies a large CSR matrix by a dense one in two threads (see the module's
    notes); the same factors to the bit. It replaces a module global: fits in other threads meanwhile get the
    plain product (only the thread that entered it splits).

    Example:
        >>> with split_products():  # doctest: +SKIP
        ...     w = NMF(n_components=18, init="nndsvda", random_state=42).fit_transform(x)
    """
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from sklearn.decomposition import _nmf

    plain = getattr(_nmf, "safe_sparse_dot", None)
    if plain is None:  # a scikit-learn that no longer calls it: nothing to split
        yield
        return
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="litmine-nmf") as pool:
        split, owner = _Halves(pool), threading.get_ident()

        def dot(a, b, *, dense_output=False):
            if threading.get_ident() == owner and _splits(a, b):
                return split.dot(a, b)
            return plain(a, b, dense_output=dense_output)

        _nmf.safe_sparse_dot = dot
        try:
            yield
        finally:
            _nmf.safe_sparse_dot = plain
