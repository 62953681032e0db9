"""``ew_actors`` on the real English model: composition, dated roles, metonyms, outlets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.pipeline.actors import ActorsComponent
from eventwire.pipeline.context import set_published
from eventwire.pipeline.mentions import ActorMention

Run = Callable[..., list[tuple[str, ActorMention]]]
DAY = date(2022, 2, 2)


@pytest.fixture(scope="module")
def component(nlp: Language) -> ActorsComponent:
    comp = nlp.create_pipe("ew_actors")
    assert isinstance(comp, ActorsComponent)
    return comp


@pytest.fixture(scope="module")
def run(nlp: Language, component: ActorsComponent) -> Run:
    def _run(text: str, on: date | None = DAY) -> list[tuple[str, ActorMention]]:
        doc = set_published(nlp(text), on)
        doc = component(doc)
        return [(doc[m.start : m.end].text, m) for m in doc._.ew_actors]

    return _run


def codes(run: Run, text: str, on: date | None = DAY) -> dict[str, str | None]:
    return {span: mention.code for span, mention in run(text, on)}


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("Russian troops massed near the border.", "Russian troops", "RUSMIL"),
        ("The Chinese government protested.", "Chinese government", "CHNGOV"),
        ("The Ukrainian military said it repelled the attack.", "Ukrainian military", "UKRMIL"),
        ("Israeli police arrested two men.", "Israeli police", "ISRCOP"),
        ("Iran's foreign ministry condemned the strike.", "Iran's foreign ministry", "IRNGOV"),
        ("The government of Iran denied it.", "government of Iran", "IRNGOV"),
        ("US officials said talks would resume.", "US officials", "USAGOV"),
        ("Russian state media reported the visit.", "Russian state media", "RUSMED"),
        ("NATO troops arrived in Estonia.", "NATO troops", "IGOWSTNATMIL"),
        ("Hamas militants fired rockets.", "Hamas militants", "PSEREB"),
    ],
)
def test_country_plus_sector(run: Run, text: str, span: str, code: str) -> None:
    assert codes(run, text).get(span) == code


def test_mentions_do_not_split_tokens_or_overlap(run: Run, nlp: Language) -> None:
    found = run("Russian troops and Chinese President Xi Jinping met Kremlin officials in Moscow.")
    ends = [m.end for _, m in found]
    starts = [m.start for _, m in found]
    assert all(a <= b for a, b in zip(ends, starts[1:], strict=False))
    for _, mention in found:
        assert mention.start <= mention.head < mention.end


@pytest.mark.parametrize(
    ("text", "span", "code", "name"),
    [
        (
            "Kremlin spokesman Dmitry Peskov said no.",
            "Kremlin spokesman Dmitry Peskov",
            "RUSGOV",
            "Dmitry Peskov",
        ),
        (
            "Chinese President Xi Jinping arrived.",
            "Chinese President Xi Jinping",
            "CHNGOV",
            "Xi Jinping",
        ),
        ("Foreign Minister Wang Yi met them.", "Foreign Minister Wang Yi", "CHNGOV", "Wang Yi"),
        (
            "Russian Foreign Minister Sergei Lavrov spoke.",
            "Russian Foreign Minister Sergei Lavrov",
            "RUSGOV",
            "Sergei Lavrov",
        ),
    ],
)
def test_titles_with_known_people(run: Run, text: str, span: str, code: str, name: str) -> None:
    mention = dict(run(text))[span]
    assert (mention.code, mention.name, mention.kind) == (code, name, "leader")
    assert mention.kb_id is not None


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        # the parser hangs the name on the title as an apposition
        ("The senator met the Irish premier Micheal Martin in Dublin.",
         "Irish premier Micheal Martin", "IRLGOV"),
        # or splits it from the title as a second object of the verb
        ("The chancellor will meet his counterpart President Emmanuel Macron on Monday.",
         "counterpart President Emmanuel Macron", "FRAGOV"),
    ],
)
def test_a_title_right_before_its_holders_name_is_one_person(
    run: Run, text: str, span: str, code: str
) -> None:
    found = dict(run(text))
    assert span in found, list(found)
    assert (found[span].code, found[span].kind) == (code, "leader")


def test_a_title_before_a_name_out_of_office_on_the_day_stays_the_title(run: Run) -> None:
    found = dict(run("The senator met the Irish premier Micheal Martin in Dublin.",
                     date(1995, 1, 1)))
    assert found["Irish premier"].code == "IRLGOV"
    assert "Irish premier Micheal Martin" not in found


def test_generic_titles_take_their_modifier_sector(run: Run) -> None:
    found = codes(run, "An army spokesman and a Pentagon spokesman spoke to a spokesman.")
    assert found["army spokesman"] == "MIL"
    assert found["Pentagon spokesman"] == "USAMIL"
    assert found["spokesman"] is None  # a bare spokesman names no actor


def test_spokesmen_speak_for_their_modifier_not_for_the_media(run: Run) -> None:
    # Phoenix codes bare "spokesmen" as media; the plural is the generic title too.
    found = codes(run, "Kremlin spokesmen spoke to two spokesmen.")
    assert found["Kremlin spokesmen"] == "RUSGOV"
    assert found.get("spokesmen") is None
    assert codes(run, "Army spokeswomen spoke.")["Army spokeswomen"] == "MIL"


def test_a_counterpart_is_an_official_of_its_modifier(run: Run) -> None:
    found = codes(run, "The envoy met his Peruvian counterpart and spoke to his counterpart.")
    assert found["Peruvian counterpart"] == "PERGOV"
    assert found["counterpart"] is None  # a bare counterpart names no actor


def test_hostages_and_captives_are_civilians(run: Run) -> None:
    found = codes(run, "The gunmen freed the Danish hostages and two captives.")
    assert found["Danish hostages"] == "DNKCVL"
    assert found["captives"] == "CVL"
    # The singular says how someone is held.
    held = codes(run, "The gunmen took two Danish engineers hostage and held them captive.")
    assert "hostage" not in held and "captive" not in held


def test_administrators_are_officials(run: Run) -> None:
    """Administrators are officials: their country's government, else their modifier's sector,
    and alone no actor."""
    found = codes(run, "Rebels seized two Kenyan administrators, and university administrators "
                       "told an administrator.")
    assert found["Kenyan administrators"] == "KENGOV"
    assert found["university administrators"] == "EDU"
    assert found.get("administrator") is None


def test_ranks_need_a_name(run: Run) -> None:
    found = codes(run, "General Valery Gerasimov inspected troops in general.")
    assert found["General Valery Gerasimov"] == "RUSMIL"
    assert "general" not in found


@pytest.mark.parametrize(
    ("text", "on", "code"),
    [
        ("Biden met Macron.", date(2014, 5, 1), "USAGOV"),
        ("Biden met Macron.", date(2022, 5, 1), "USAGOV"),
        ("Trump met Macron.", date(2019, 5, 1), "USAGOV"),
        ("Trump met Macron.", date(2022, 5, 1), "USAELI"),
        ("Trump met Macron.", date(2025, 3, 1), "USAGOV"),
        ("Zelensky met Macron.", date(2023, 5, 1), "UKRGOV"),
        ("Zelensky met Macron.", date(2018, 5, 1), None),
        ("Zelensky met Macron.", None, "UKRGOV"),
    ],
)
def test_leaders_resolve_by_article_date(run: Run, text: str, on: date | None, code: str) -> None:
    first_span, mention = run(text, on)[0]
    assert first_span == text.split()[0]
    assert mention.code == code
    assert mention.kind == "leader"


def test_person_before_office_keeps_name_and_country(run: Run) -> None:
    _, mention = run("Zelensky toured the region.", date(2018, 5, 1))[0]
    assert (mention.code, mention.country, mention.name) == (None, "UKR", "Volodymyr Zelensky")


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("troops", "MIL"),
        ("The government", "GOV"),
        ("protesters", "OPP"),
        ("rebels", "REB"),
        ("police", "COP"),
    ],
)
def test_bare_sector_words_have_no_country(run: Run, word: str, code: str) -> None:
    text = f"Officials said {word} gathered in Kyiv."
    mention = next(m for span, m in run(text) if span.lower() in word.lower())
    assert (mention.code, mention.country) == (code, None)


@pytest.mark.parametrize(
    ("span", "code", "kind"),
    [
        ("Moscow", "RUSGOV", "capital"),
        ("Kremlin", "RUSGOV", "institution"),
        ("Beijing", "CHN", "capital"),
        ("White House", "USAGOV", "institution"),
        ("Pentagon", "USAMIL", "institution"),
        ("Downing Street", "GBRGOV", "institution"),
        ("Kiev", "UKRGOV", "capital"),
    ],
)
def test_capitals_and_seats_as_metonyms(run: Run, span: str, code: str, kind: str) -> None:
    text = (
        "Moscow and the Kremlin warned Beijing; the White House, the Pentagon, "
        "Downing Street and Kiev replied."
    )
    mention = dict(run(text))[span]
    assert (mention.code, mention.kind) == (code, kind)


@pytest.mark.parametrize(
    ("span", "code", "sector"),
    [
        ("NATO", "IGOWSTNAT", "IGO"),
        ("United Nations", "IGOUNO", "IGO"),
        ("European Union", "IGOEUREEC", "IGO"),
        ("IAEA", "IGOUNOIAE", "IGO"),
        # An executive organ has a sector of its own (organ_sector).
        ("UN Security Council", "IGOUNO", "GOV"),
    ],
)
def test_igos(run: Run, span: str, code: str, sector: str) -> None:
    text = (
        "NATO, the United Nations, the European Union and the IAEA briefed the UN Security Council."
    )
    mention = dict(run(text))[span]
    assert (mention.code, mention.country, mention.sector) == (code, None, sector)


@pytest.mark.parametrize(
    ("span", "code", "country"),
    [
        ("Tass", "RUSMED", "RUS"),
        ("Xinhua", "CHNMED", "CHN"),
        ("KCNA", "PRKMED", "PRK"),
        ("Reuters", "MED", None),
        ("state media", "MED", None),
    ],
)
def test_news_outlets(run: Run, span: str, code: str, country: str | None) -> None:
    text = "Tass, Xinhua, KCNA, Reuters and state media reported it."
    mention = dict(run(text))[span]
    assert (mention.code, mention.country, mention.kind) == (code, country, "media")


def test_lowercase_and_case_sensitive_aliases_are_skipped(run: Run) -> None:
    found = codes(run, "Let us go to turkey dinner with china plates, said the US envoy.")
    assert "us" not in found and "turkey" not in found and "china" not in found
    assert found["US envoy"] == "USAGOV"


def test_possessive_country(run: Run) -> None:
    found = dict(run("Russia's Putin and China's leader met."))
    assert found["Russia's Putin"].code == "RUSGOV"
    assert found["China's leader"].code == "CHNGOV"


def test_empty_doc(nlp: Language, component: ActorsComponent) -> None:
    doc: Doc = component(nlp(""))
    assert doc._.ew_actors == []


def test_pro_and_anti_prefixes_do_not_make_a_country_actor(run: Run) -> None:
    found = codes(run, "Pro-Russian separatists clashed with anti-American protesters.")
    assert found["separatists"] == "REB"
    assert found["protesters"] == "OPP"


def test_the_non_prefix_denies_the_word_of_any_kind(run: Run) -> None:
    found = codes(run, "The gunmen separated non-Muslims from the hostages and freed "
                       "non-Kenyan workers.")
    assert not any("Muslim" in text or "Kenyan" in text for text in found), found
    assert found["gunmen"] == "UAF"


def test_title_before_a_multi_word_name(run: Run) -> None:
    found = dict(run("Saudi Crown Prince Mohammed bin Salman hosted the talks.", date(2023, 1, 1)))
    mention = found["Saudi Crown Prince Mohammed bin Salman"]
    assert (mention.code, mention.kb_id) == ("SAUGOV", "mohammed_bin_salman")


def test_generic_speaker_takes_the_parliament_sector(run: Run) -> None:
    found = codes(run, "The Ukrainian parliament speaker and the speaker of the Kremlin spoke.")
    assert found["Ukrainian parliament speaker"] == "UKRLEG"
    assert found["speaker of the Kremlin"] == "RUSGOV"


def test_title_country_from_context_option(nlp: Language) -> None:
    comp = nlp.create_pipe("ew_actors", config={"title_country_from_context": True})
    doc = comp(set_published(nlp("Ghana rejected it, Foreign Minister Kwame Mensah said."), DAY))
    mention = next(m for m in doc._.ew_actors if m.name == "Kwame Mensah")
    assert (mention.code, mention.country) == ("GHAGOV", "GHA")


# ---- Converted Phoenix data, PETRARCH semantics and user dictionaries --------------------------


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("Afghan farmers protested in the capital.", "Afghan farmers", "AFGAGR"),
        ("The Helmand police arrested him.", "Helmand police", "AFGCOP"),
        ("Russian peacekeeping troops arrived.", "Russian peacekeeping troops", "IGORUS"),
        ("US and British activists staged a protest.", "British activists", "GBROPP"),
        ("Russian and Chinese troops held drills.", "Chinese troops", "CHNMIL"),
        ("Soldiers from Russia cordoned off the roads.", "Soldiers from Russia", "RUSMIL"),
    ],
)
def test_phoenix_agents_compose_with_countries(run: Run, text: str, span: str, code: str) -> None:
    assert codes(run, text).get(span) == code


def test_phoenix_actors_fill_gaps_of_our_data(run: Run) -> None:
    found = codes(run, "Fighting spread to Helmand and Kandahar.")
    assert found.get("Helmand") == "AFG" and found.get("Kandahar") == "AFG"


@pytest.fixture(scope="module")
def user_run(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Run:
    folder = tmp_path_factory.mktemp("dictionaries")
    (folder / "mine.actors.txt").write_text(
        "# user actors in PETRARCH format\n"
        "FREEDONIA_ [FRD]\n+FREEDONIAN_\n"
        "RUFUS_FIREFLY_\n\t[FRDGOV 19330101-19341231]\n\t[FRDELI >19350101]\n"
        "AFGHANISTAN_ [XAF]\n"
        "NEW_FREEDONIA_ [---]\n"
        "GROUCHO_ [FRD]\n",
        encoding="utf-8",
    )
    (folder / "mine.agents.txt").write_text("GRENADIER [~MIL]\n", encoding="utf-8")
    comp = nlp.create_pipe("ew_actors", config={"dictionaries": [str(folder)]})

    def _run(text: str, on: date | None = DAY) -> list[tuple[str, ActorMention]]:
        doc = comp(set_published(nlp(text), on))
        return [(doc[m.start : m.end].text, m) for m in doc._.ew_actors]

    return _run


def test_user_petrarch_files_load_directly(user_run: Run) -> None:
    assert codes(user_run, "Freedonian grenadiers crossed the river.") == {
        "Freedonian grenadiers": "FRDMIL"
    }


def test_user_dated_codes_resolve_on_the_date(user_run: Run) -> None:
    text = "Rufus Firefly declared war."
    assert codes(user_run, text, date(1933, 6, 1)) == {"Rufus Firefly": "FRDGOV"}
    assert codes(user_run, text, date(1936, 6, 1)) == {"Rufus Firefly": "FRDELI"}


def test_user_entries_override_bundled_ones(user_run: Run, run: Run) -> None:
    assert codes(run, "Afghanistan protested.") == {"Afghanistan": "AFG"}
    assert codes(user_run, "Afghanistan protested.") == {"Afghanistan": "XAF"}


def test_null_code_phrases_block_shorter_matches(user_run: Run) -> None:
    assert codes(user_run, "New Freedonia protested.") == {}


def test_title_before_a_name_coded_by_country(user_run: Run) -> None:
    assert codes(user_run, "President Groucho declared war.") == {"President Groucho": "FRDGOV"}


def test_place_nouns_are_not_actors_despite_phoenix(run: Run) -> None:
    assert "village" not in codes(run, "Troops shelled the village near the prison.")
    assert codes(run, "Villagers fled.") == {"Villagers": "CVL"}


# ---- Composition rules for actor granularity ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        (
            "Rebels in the Central African Republic rejected the deal.",
            "Rebels in the Central African Republic",
            "CAFREB",
        ),
        ("A court in Kenya jailed the smugglers.", "court in Kenya", "KENJUD"),
        ("Opposition parties in Togo called a strike.", "Opposition parties in Togo", "TGOOPP"),
        ("Teachers throughout Peru stopped work.", "Teachers throughout Peru", "PEREDU"),
        ("Police in flood-hit Malawi made arrests.", "Police in flood-hit Malawi", "MWICOP"),
    ],
)
def test_sector_in_a_country_takes_its_country(run: Run, text: str, span: str, code: str) -> None:
    assert codes(run, text).get(span) == code


def test_armed_forces_in_a_country_may_be_foreign(run: Run) -> None:
    found = codes(run, "Soldiers in Mali opened fire.")
    assert found.get("Soldiers") == "MIL" and found.get("Mali") == "MLI"


def test_a_locative_of_the_verb_is_not_composed(run: Run) -> None:
    found = codes(run, "Protesters burned tyres in Nairobi.")
    assert found.get("Protesters") == "OPP"


def test_a_sector_with_a_country_keeps_it_after_from(run: Run) -> None:
    found = codes(run, "Ministers called for the withdrawal of Rwandan troops from Congo.")
    assert found.get("Rwandan troops") == "RWAMIL"


def test_prepositional_link_to_a_composed_phrase(run: Run) -> None:
    found = codes(run, "Envoys from the Turkish government arrived in Baku.")
    assert found.get("Envoys from the Turkish government") == "TURGOV"
    found = codes(run, "Exiled activists from army-ruled Myanmar held a rally.")
    assert found.get("activists from army-ruled Myanmar") == "MMROPP"


def test_a_preposition_of_the_verb_gives_no_country(run: Run) -> None:
    found = codes(run, "Kenya agreed to withdraw its troops from Somalia.")
    assert found.get("troops") == "MIL" and found.get("Somalia") == "SOM"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Indian and Chinese soldiers clashed at the border.",
            ("Indian", "INDMIL"),
            ("Chinese soldiers", "CHNMIL"),
        ),
        (
            "Senior Kenyan and Ugandan officials met in Kampala.",
            ("Kenyan", "KENGOV"),
            ("Ugandan officials", "UGAGOV"),
        ),
    ],
)
def test_conjoined_country_modifiers_share_the_head_sector(
    run: Run, text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    found = codes(run, text)
    assert found.get(first[0]) == first[1]
    assert found.get(second[0]) == second[1]


def test_hyphenated_sector_modifiers_are_not_actors(run: Run) -> None:
    found = codes(run, "Troops shelled a rebel-held district and a government-run clinic.")
    assert found == {"Troops": "MIL"}


def test_attributive_sector_adjectives_are_not_actors(run: Run) -> None:
    found = codes(run, "Japan pledged military aid and naval support to the Philippines.")
    assert "military" not in found and "naval" not in found
    assert found.get("Japan") == "JPN"


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("Syrian warplanes bombed the town.", "Syrian warplanes", "SYRMIL"),
        ("Turkish drones struck the convoy.", "Turkish drones", "TURMIL"),
        ("Young Peruvian nationals were deported.", "Peruvian nationals", "PERCVL"),
        # Campaign movements are the opposition, as Phoenix's pro-democracy movements are.
        ("The Norwegian peace movement criticised the plan.", "Norwegian peace movement",
         "NOROPP"),
    ],
)
def test_equipment_and_people_words(run: Run, text: str, span: str, code: str) -> None:
    assert codes(run, text).get(span) == code


def test_acting_capital_stands_for_the_government(run: Run) -> None:
    found = codes(run, "Ankara rejected the proposal made in Baghdad.")
    assert found == {"Ankara": "TURGOV", "Baghdad": "IRQ"}
    assert codes(run, "The plan was rejected by Ankara.") == {"Ankara": "TURGOV"}


def test_european_community_is_the_eu(run: Run) -> None:
    assert codes(run, "The European Community lifted the ban.") == {
        "European Community": "IGOEUREEC"
    }


def test_a_persons_sector_word_is_of_his_country_but_not_him(run: Run) -> None:
    found = dict(run("Erdogan's government and Macron's spokesman disagreed.", DAY))
    government = found["Erdogan's government"]
    assert (government.code, government.kb_id, government.name) == ("TURGOV", None, None)
    assert found["Macron's spokesman"].code == "FRAGOV"


def test_a_name_written_with_a_lower_case_word_is_not_the_name(run: Run) -> None:
    assert "Islamic state" not in codes(run, "The sect wants a strict Islamic state in the north.")
    # a particle inside a name may be written either way
    assert "Osama bin Laden" in codes(run, "The raid on Osama bin Laden was planned for months.")
    assert "Osama Bin Laden" in codes(run, "The raid on Osama Bin Laden was planned for months.")
    assert codes(run, "The Islamic State claimed it.") == {"Islamic State": "IMGREB"}


def test_forces_led_by_a_country_are_its_forces(run: Run) -> None:
    assert codes(run, "Kenyan-led troops secured the airport.").get("Kenyan-led troops") == "KENMIL"
    found = codes(run, "Turkish-backed fighters seized the town.")
    assert "TURREB" not in found.values()


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        # People named by nationality alone are the country's civilians ...
        ("Police detained 40 Moroccans at the port.", "Moroccans", "MARCVL"),
        ("Young Tunisians blocked the main road.", "Tunisians", "TUNCVL"),
        ("Thousands of Iraqi Kurds marched in Erbil.", "Iraqi", "IRQCVL"),
        # ... while "the Russians" is the nation, and a demonym before another noun is not.
        ("The Russians shelled the port.", "Russians", "RUS"),
        ("Russian troops shelled the port.", "Russian troops", "RUSMIL"),
    ],
)
def test_people_of_a_nationality(run: Run, text: str, span: str, code: str) -> None:
    assert codes(run, text).get(span) == code


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        # A nationality on a dwelling or settlement names the country's civilians ...
        ("Soldiers demolished Lebanese homes near the border.", "Lebanese", "LBNCVL"),
        ("Rebels attacked Chadian towns along the river.", "Chadian", "TCDCVL"),
        ("Aid reached the besieged Syrian town of Homs.", "Syrian", "SYRCVL"),
        # ... and a nationality on other things keeps its country code.
        ("Rebels seized Chadian oil fields.", "Chadian", "TCD"),
    ],
)
def test_nationality_of_a_dwelling(run: Run, text: str, span: str, code: str) -> None:
    assert codes(run, text).get(span) == code


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        # People with no other quality are civilians, not Phoenix's PPL ...
        ("Gunmen killed 12 people in the market.", "people", "CVL"),
        ("The president thanked the Kenyan people.", "Kenyan people", "KENCVL"),
        ("Guards beat Kenyan detainees in the jail.", "Kenyan detainees", "KENCVL"),
        # ... political prisoners stay the opposition, and prisoners of war are soldiers.
        ("Police released five political prisoners.", "political prisoners", "OPP"),
        ("The army said it took no war prisoners.", "war prisoners", "MIL"),
    ],
)
def test_people_are_civilians(run: Run, text: str, span: str, code: str) -> None:
    assert codes(run, text).get(span) == code


def test_locative_after_an_object_places_it(run: Run) -> None:
    """"released prisoners in Iraq": the locative the parser attached to the verb places the
    object; an armed force may be abroad and keeps no country."""
    assert codes(run, "Militants released prisoners in Iraq on Monday.").get(
        "prisoners in Iraq") == "IRQCVL"
    assert "MLIMIL" not in codes(run, "France deployed troops in Mali last year.").values()


def test_first_of_two_conjoined_nationalities_shares_the_sector(run: Run) -> None:
    """The parser may make the first nationality of "Sierra Leonean and Liberian refugees" a
    noun of its own: it still shares the refugees' sector."""
    found = codes(run, "Guards beat dozens of Sierra Leonean and Liberian refugees at the camp.")
    assert found.get("Sierra Leonean") == "SLEREF"
    assert found.get("Liberian refugees") == "LBRREF"


def test_a_capitalised_assembly_is_a_legislature(run: Run) -> None:
    assert codes(run, "The Serbian Assembly approved the law.").get("Serbian Assembly") == "SRBLEG"
    assert "LEG" not in codes(run, "Police cited limits on the freedom of assembly.").values()


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("Syrian officers ended their mediation.", "Syrian officers", "SYRMIL"),
        ("Police officers arrested two men.", "Police officers", "COP"),
        ("The Egyptian security chief warned the group.", "Egyptian security chief", "EGYCOP"),
    ],
)
def test_officers_and_security_chiefs(run: Run, text: str, span: str, code: str) -> None:
    assert codes(run, text).get(span) == code


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("The mayor of the city of Hebron resigned.", "mayor of the city of Hebron", "PSEGOV"),
        ("The governor of the province of Kandahar was sacked.",
         "governor of the province of Kandahar", "AFGGOV"),
        ("The governor of the northern Syrian province resigned.",
         "governor of the northern Syrian", "SYRGOV"),
    ],
)
def test_sector_of_a_town_or_province_takes_the_place_country(
    run: Run, text: str, span: str, code: str
) -> None:
    assert codes(run, text).get(span) == code


@pytest.mark.parametrize("text", [
    "The ministers discussed the sanctions regime against the island.",
    "Brussels will tighten its visa regime next year.",
    "An inspection regime would verify the cuts.",
])
def test_a_regime_of_rules_is_no_government(run: Run, text: str) -> None:
    assert not any(code is not None and code.endswith("GOV") and "regime" in span
                   for span, code in codes(run, text).items())


def test_a_regime_alone_is_a_government(run: Run) -> None:
    assert codes(run, "The rebels vowed to topple the regime.").get("regime") == "GOV"


def test_committees_take_their_modifier_sector_and_alone_are_uncoded(run: Run) -> None:
    found = codes(run, "A Senate committee and the ethics committee questioned a government "
                       "committee.")
    assert found["Senate committee"] == "LEG"
    assert found["government committee"] == "GOV"
    assert "committee" in found and found["committee"] is None  # "the ethics committee"


def test_a_capitalised_committee_ends_a_bodys_own_name(run: Run) -> None:
    found = codes(run, "The Harbour Renewal Committee met the mayor.")
    assert "Committee" not in found


def test_experts_take_their_modifier_sector_and_alone_are_uncoded(run: Run) -> None:
    found = codes(run, "Military experts and Kenyan experts briefed a legal expert.")
    assert found["Military experts"] == "MIL"
    assert found["Kenyan experts"] == "KENCVL"
    assert "expert" in found and found["expert"] is None  # "a legal expert"


def test_justices_are_the_judiciary(run: Run) -> None:
    assert codes(run, "Three justices dissented from the ruling.")["justices"] == "JUD"


@pytest.mark.parametrize("outlet", ["Insider", "POLITICO", "USA TODAY", "NPR"])
def test_us_outlets_told_are_media(run: Run, outlet: str) -> None:
    assert codes(run, f"The senator told {outlet} that the bill would pass.")[outlet] == "MED"


def test_an_insider_in_lower_case_is_no_outlet(run: Run) -> None:
    assert "insider" not in codes(run, "An insider told the senator that the bill would pass.")
