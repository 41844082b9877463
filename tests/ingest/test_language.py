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
