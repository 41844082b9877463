"""Topic models of the corpus (gensim LDA, scikit-learn NMF), over years and tied to the lexicon's concepts."""
