"""ew_places on sentences parsed by the real English model."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.pipeline.mentions import PlaceMention
from eventwire.pipeline.places import PlacesComponent, _Words, make_places


@pytest.fixture(scope="module")
def component(nlp: Language) -> PlacesComponent:
    return make_places(nlp, "ew_places")


def places_of(nlp: Language, component: PlacesComponent, text: str
              ) -> dict[str, PlaceMention]:
    doc = component(nlp(text))
    return {doc[p.start:p.end].text: p for p in doc._.ew_places}


def test_city_with_coordinates(nlp: Language, component: PlacesComponent) -> None:
    kharkiv = places_of(nlp, component, "Russian forces shelled Kharkiv on Tuesday.")["Kharkiv"]
    assert (kharkiv.country, kharkiv.precision, kharkiv.geonameid) == ("UKR", "city", 706483)
    assert isinstance(kharkiv.lat, float) and isinstance(kharkiv.lon, float)
    assert kharkiv.lat == pytest.approx(49.98, abs=0.05)
    assert kharkiv.lon == pytest.approx(36.25, abs=0.05)


def test_paris_in_france_and_paris_texas(nlp: Language, component: PlacesComponent) -> None:
    france = places_of(nlp, component, "Macron hosted talks in Paris. France wants peace.")
    assert france["Paris"].country == "FRA"
    assert france["France"].precision == "country"
    texas = places_of(nlp, component, "The fair was held in Paris, Texas, last year.")
    paris = texas["Paris, Texas"]
    assert (paris.name, paris.country, paris.precision) == ("Paris", "USA", "city")
    assert paris.lon is not None and paris.lon < -90


@pytest.mark.parametrize(("text", "span", "iso3", "lat"), [
    ("Missiles hit Kramatorsk, Donetsk, on Monday.", "Kramatorsk, Donetsk", "UKR", 48.7),
    ("Protesters marched in Atlanta, Georgia, on Sunday.", "Atlanta, Georgia", "USA", 33.7),
])
def test_a_qualifier_may_be_a_province_or_state(
    nlp: Language, component: PlacesComponent, text: str, span: str, iso3: str, lat: float
) -> None:
    place = places_of(nlp, component, text)[span]
    assert (place.country, place.precision) == (iso3, "city")
    assert place.lat == pytest.approx(lat, abs=0.2)


def test_mentioned_country_breaks_ties(nlp: Language, component: PlacesComponent) -> None:
    lebanon = places_of(nlp, component, "Lebanon said clashes erupted in Tripoli.")
    assert lebanon["Tripoli"].country == "LBN"
    libya = places_of(nlp, component, "Libya said clashes erupted in Tripoli.")
    assert libya["Tripoli"].country == "LBY"


def test_much_larger_city_beats_a_mentioned_country(
    nlp: Language, component: PlacesComponent
) -> None:
    found = places_of(nlp, component, "The U.S. condemned the arrests in Moscow.")
    assert found["Moscow"].country == "RUS"
    assert found["U.S."].country == "USA"


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("Russia massed troops near the border.", "Russia", "RUS"),
    ("The UK and the U.S. imposed sanctions.", "UK", "GBR"),
    ("The UK and the U.S. imposed sanctions.", "U.S.", "USA"),
    ("Officials from Guinea-Bissau arrived.", "Guinea-Bissau", "GNB"),
    ("Burma's generals seized power.", "Burma", "MMR"),
])
def test_countries(
    nlp: Language, component: PlacesComponent, text: str, name: str, iso3: str
) -> None:
    place = places_of(nlp, component, text)[name]
    assert (place.country, place.precision) == (iso3, "country")
    assert place.geonameid is not None and place.lat is not None and place.lon is not None


@pytest.mark.parametrize(("text", "name", "precision", "iso3"), [
    ("Israeli jets struck the Gaza Strip.", "Gaza Strip", "region", "PSE"),
    ("Settlers attacked villages in the West Bank.", "West Bank", "region", "PSE"),
    ("Tensions rose across the Middle East.", "Middle East", "region", None),
    ("Separatists fought in the Donbas.", "Donbas", "region", "UKR"),
    ("Chinese ships patrolled the South China Sea.", "South China Sea", "region", None),
    ("Russia annexed Crimea.", "Crimea", "admin1", "UKR"),
    ("Governor Abbott spoke in Texas.", "Texas", "admin1", "USA"),
    ("Shelling hit the Donetsk region.", "Donetsk region", "admin1", "UKR"),
])
def test_regions_and_provinces(
    nlp: Language, component: PlacesComponent, text: str, name: str, precision: str,
    iso3: str | None,
) -> None:
    place = places_of(nlp, component, text)[name]
    assert (place.precision, place.country) == (precision, iso3)
    assert place.lat is not None and place.lon is not None


def test_multi_word_names(nlp: Language, component: PlacesComponent) -> None:
    found = places_of(nlp, component, "Officials met in New York and Tel Aviv.")
    assert found["New York"].precision == "city" and found["New York"].country == "USA"
    assert found["Tel Aviv"].country == "ISR"


@pytest.mark.parametrize("text", [
    "Nobody said anything about it.",
    "Split is what the party did after the vote.",
    "Reading the statement, he paused.",
    "The talks will resume in March.",
    "The Moscow Times reported the arrests.",
    "He spoke at the Manchester United ground.",
    "Victoria Nuland spoke to reporters.",
    "Officers never read him his Miranda rights.",
    "Let us hope for the best.",
])
def test_no_false_places(nlp: Language, component: PlacesComponent, text: str) -> None:
    assert places_of(nlp, component, text) == {}


@pytest.mark.parametrize(("text", "name"), [
    ("Police reopened the Leeds murder inquiry.", "Leeds"),
    ("She survived the Madrid bombings.", "Madrid"),
])
def test_a_city_after_the_modifying_a_common_noun(
    nlp: Language, component: PlacesComponent, text: str, name: str
) -> None:
    assert name in places_of(nlp, component, text)


def test_common_word_city_in_context(nlp: Language, component: PlacesComponent) -> None:
    found = places_of(nlp, component, "A truck attack in Nice killed dozens.")
    assert found["Nice"].country == "FRA"


def test_factory_registers_component_and_extension() -> None:
    blank = spacy.blank("en")
    blank.add_pipe("ew_places")
    doc = blank("Talks between Russia and Ukraine stalled.")
    assert Doc.has_extension("ew_places")
    assert [p.country for p in doc._.ew_places] == ["RUS", "UKR"]


@pytest.mark.parametrize(("text", "span", "name", "precision", "iso3"), [
    ("Biden met Xi in Bali on Monday.", "Bali", "Bali", "admin1", "IDN"),
    ("Government troops shelled villages in Idlib province.", "Idlib province", "Idlib",
     "admin1", "SYR"),
    ("Russian forces struck targets in the Kharkiv oblast.", "Kharkiv oblast", "Kharkiv",
     "admin1", "UKR"),
    ("Airstrikes hit Idlib on Friday.", "Idlib", "Idlib", "city", "SYR"),
    ("Gunmen abducted students in Kaduna state.", "Kaduna state", "Kaduna", "admin1", "NGA"),
    ("Flooding hit Washington state.", "Washington state", "Washington", "admin1", "USA"),
    ("The Kharkiv Oblast Governor Oleh Petrenko said two people died.", "Kharkiv Oblast",
     "Kharkiv", "admin1", "UKR"),
    ("Militants attacked a base in Helmand.", "Helmand", "Helmand", "admin1", "AFG"),
    ("India's farmers marched through Punjab.", "Punjab", "Punjab", "admin1", "IND"),
    ("Protests spread across Sindh.", "Sindh", "Sindh", "admin1", "PAK"),
    ("Drones struck the Kyiv region overnight.", "Kyiv region", "Kiev", "admin1", "UKR"),
    ("Drones struck Kyiv overnight.", "Kyiv", "Kyiv", "city", "UKR"),
    ("Taliban fighters overran the Kandahar district.", "Kandahar district",
     "Kandahār district", "admin1", "AFG"),  # the city's area, not the province
    # names news mostly uses otherwise are subdivisions before a province word
    ("Fighting spread to the Somali region of Ethiopia.", "Somali region", "Somali", "admin1",
     "ETH"),
    ("Gunmen attacked a village in Rivers State.", "Rivers State", "Rivers", "admin1", "NGA"),
])
def test_first_level_subdivisions(
    nlp: Language, component: PlacesComponent, text: str, span: str, name: str,
    precision: str, iso3: str,
) -> None:
    place = places_of(nlp, component, text)[span]
    assert (place.name, place.precision, place.country) == (name, precision, iso3)
    assert place.lat is not None and place.lon is not None


@pytest.mark.parametrize("text", [
    "He studied at Moscow State University.",  # a suffix that continues a name
    "Somali troops attacked the militants.",  # a people, not Ethiopia's Somali region
    "Meta said it removed the posts.",
    "Southern regions were flooded.",
    "Balkan states joined the talks.",
    "The national unity government met. The Unity Party won.",
    "The Islamic State claimed the attack.",
])
def test_no_false_subdivisions(nlp: Language, component: PlacesComponent, text: str) -> None:
    assert all(p.precision != "admin1" for p in places_of(nlp, component, text).values())


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Police arrested a man in the Texas town of Paris.", "Paris", "USA"),
    ("Gunmen robbed a bank in the Lyon suburb of Villeurbanne.", "Villeurbanne", "FRA"),
    ("A bomb went off near a school in Damascus's suburb of Jaramana.", "Jaramana", "SYR"),
])
def test_a_part_named_after_a_place_is_read_in_its_country(
    nlp: Language, component: PlacesComponent, text: str, name: str, country: str
) -> None:
    assert places_of(nlp, component, text)[name].country == country


def test_a_lower_case_word_is_no_capitalised_word_of_a_name(
    nlp: Language, component: PlacesComponent
) -> None:
    found = places_of(nlp, component, "Troops reached the Texas city of Laredo on Monday.")
    assert "Texas city" not in found and found["Texas"].precision == "admin1"
    assert "Rio de Janeiro" in places_of(nlp, component, "Police patrolled Rio de Janeiro.")


def test_the_words_of_a_doc_give_each_run_its_own_text(nlp: Language) -> None:
    doc = nlp.make_doc("Protesters gathered in São Paulo\n\nand  in Curaçao.")
    words = _Words(doc)
    assert words.lower == [t.lower_ for t in doc]
    assert words.capitalised == [t.text[:1].isupper() for t in doc]
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            assert words.text(start, end) == doc[start:end].text
