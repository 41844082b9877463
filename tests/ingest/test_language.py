import pytest

from litmine.ingest.language import detect_language


@pytest.mark.parametrize("text,lang", [
    ("We argue that alternative approaches have the potential to be more successful than work-first.", "en"),
    ("Nous avançons que d'autres approches, reposant sur la coproduction, pourraient être plus fructueuses.", "fr"),
    ("Argumentamos que otros enfoques fundamentados en la coproducción pueden ser más exitosos.", "es"),
    ("Das Vereinigte Königreich wird als Vorreiter der Aktivierungspolitik charakterisiert.", "de"),
    ("المملكة المتحدة كمثال نموذجي لدولة رفاهية ليبرالية", "ar"),
    ("Считается, что Соединённое Королевство находится в авангарде", "ru"),
    ("英国作为典型的自由福利国家", "zh"),
])
def test_language_detects_scripts_and_function_words(text, lang):
    assert detect_language(text) == lang


def test_language_too_little_text_is_undetermined():
    assert detect_language("Table 2") == "und"
    assert detect_language("Handle: RePEc:wly:intssr:v:71:y:2018") == "und"


def test_language_latin_text_quoting_another_script_keeps_its_language():
    """The script is weighed only when the text holds letters of another script: a German paragraph quoting one
    Russian word is German, a Russian one quoting a German word is Russian."""
    de = "Die Untersuchung der Sozialpolitik zeigt, dass die Reform (по-русски: «реформа») nicht wirkte."
    ru = "Исследование социальной политики показывает, что реформа (Reform) не сработала в регионах."
    assert detect_language(de) == "de"
    assert detect_language(ru) == "ru"
    assert detect_language("Ölförderung über Straßen und Brücken für die Städte und die Gemeinden") == "de"


def test_language_ascii_words_are_the_tokens_of_any_script():
    from litmine.ingest.language import _ASCII_TOKEN, _TOKEN

    text = "qu'il d'une l'emploi x_y 3rd O'Neill's it's rock'n'roll -- a1b2 'quoted' end'"
    assert _ASCII_TOKEN.findall(text.lower()) == _TOKEN.findall(text.lower())


def test_language_ascii_tokens_split_in_c_are_the_patterns_matches():
    """_ascii_tokens (bytes split apart, the pattern only on runs with an apostrophe) finds _ASCII_TOKEN's words,
    in order, on texts made to hold every way a run can start, end or join."""
    import random

    from litmine.ingest.language import _ASCII_TOKEN, _ascii_tokens

    texts = ["qu'il d'une l'emploi x_y 3rd o'neill's it's rock'n'roll -- a1b2 'quoted' end' ''a'' x'y'z'w",
             "", "'", "a", "a'", "'a", "a''b", "a'b'c", "the\tcat\nsat_on-the mat.", "no apostrophe here at all"]
    rnd = random.Random(3)
    texts += ["".join(rnd.choice("ab' _1.-\n") for _ in range(rnd.randint(0, 30))) for _ in range(3000)]
    for text in texts:
        assert [t.decode() for t in _ascii_tokens(text)] == _ASCII_TOKEN.findall(text), text


def test_language_ascii_and_accented_text_take_their_own_paths():
    assert detect_language("Nous pensons qu'il est dans une situation que les autres ont pour eux.") == "fr"
    assert detect_language("Die Frage ist nicht, ob die Reform für die Arbeit über den Markt wirkt.") == "de"
    assert detect_language("Это текст на русском языке, and some English words") == "ru"
    assert detect_language("Two words") == "und"
