import numpy as np
import scipy.sparse as sp
from sklearn.decomposition import NMF, _nmf

from litmine.topics import halves


def tfidf_like(rows=600, cols=300, seed=0):
    """A random non-negative sparse matrix with rows of unit length, as the TF-IDF rows NMF is fitted on."""
    x = sp.random(rows, cols, density=0.08, format="csr", random_state=seed, dtype=np.float64)
    x.data = np.log1p(x.data * 9)
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    return sp.csr_matrix(sp.diags(1 / np.where(norms > 0, norms, 1)) @ x)


def test_nmf_with_split_products_gives_the_same_factors_to_the_bit(monkeypatch):
    x = tfidf_like()
    plain = NMF(n_components=6, init="nndsvda", random_state=42, max_iter=1000)
    w_plain = plain.fit_transform(x)
    monkeypatch.setattr(halves, "SPLIT_NNZ", 100)
    calls = []
    real = halves._Halves.dot

    def counted(self, a, b):
        calls.append(a.format)
        return real(self, a, b)

    monkeypatch.setattr(halves._Halves, "dot", counted)
    plain_dot = _nmf.safe_sparse_dot
    model = NMF(n_components=6, init="nndsvda", random_state=42, max_iter=1000)
    with halves.split_products():
        w = model.fit_transform(x)
    assert _nmf.safe_sparse_dot is plain_dot  # put back
    assert set(calls) == {"csr"}  # X @ H split, X's transpose (a CSC view) multiplied in one call
    assert np.array_equal(w, w_plain) and np.array_equal(model.components_, plain.components_)


def test_split_product_equals_scipys():
    x = tfidf_like(rows=257, cols=91, seed=3)
    b_rows, b_cols = np.random.default_rng(1).random((91, 7)), np.random.default_rng(2).random((257, 7))
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        split = halves._Halves(pool)
        assert np.array_equal(split.dot(x, b_rows), x @ b_rows)
        assert np.array_equal(split.dot(x, b_rows * 3), x @ (b_rows * 3))
        assert len(split.made) == 1  # the halves made once
        assert not halves._splits(x.T, b_cols) and halves._splits(x, b_rows) == (x.nnz >= halves.SPLIT_NNZ)


def test_only_the_thread_that_entered_splits(monkeypatch):
    import threading

    x = tfidf_like()
    monkeypatch.setattr(halves, "SPLIT_NNZ", 100)
    calls = []
    real = halves._Halves.dot
    monkeypatch.setattr(halves._Halves, "dot", lambda self, a, b: calls.append(1) or real(self, a, b))
    b = np.random.default_rng(4).random((x.shape[1], 3))
    with halves.split_products():
        other = []
        t = threading.Thread(target=lambda: other.append(_nmf.safe_sparse_dot(x, b)))
        t.start()
        t.join()
        assert not calls and np.array_equal(other[0], x @ b)  # another thread: the plain product
        assert np.array_equal(_nmf.safe_sparse_dot(x, b), x @ b) and calls == [1]
