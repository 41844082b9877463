from litmine.ingest.sentences import split_sentences


def spans(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_sentences_survive_et_al_eg_initials():
    text = ("As Lindsay et al. (2015: 152) argue, work-first fails, e.g. for lone parents. "
            "M. Kerr and J. Baird disagree (see pp. 4-5). It is costly.")
    assert spans(text) == ["As Lindsay et al. (2015: 152) argue, work-first fails, e.g. for lone parents.",
                           "M. Kerr and J. Baird disagree (see pp. 4-5).", "It is costly."]


def test_sentences_quotes_numbers_and_cjk():
    assert spans('He said "No." Then 4.5 per cent left. Über alles?') == [
        'He said "No."', "Then 4.5 per cent left.", "Über alles?"]
    assert spans("英国作为典型。我们认为很好。") == ["英国作为典型。", "我们认为很好。"]


def test_sentences_offsets_index_the_text():
    text = "One.  Two!  Three"
    for s, e in split_sentences(text):
        assert text[s:e].strip() == text[s:e]
