package io.entente.extract.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.entente.extract.SentenceSplitter;
import io.entente.extract.SentenceTone;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToneScorerTest {

  private static final ToneScorer SCORER =
      ToneScorer.compile(
          ToneLexicon.fromJson(
              """
              {"version": "t", "negation_window": 3,
               "negators": ["not", "no", "failed to"],
               "negator_exceptions": ["not only"],
               "neutral": ["signs of"],
               "verbal_cooperation": ["welcome", "agree", "agreement", "progress"],
               "material_cooperation": ["sign", "lift sanction"],
               "verbal_conflict": ["condemn", "warn"],
               "material_conflict": ["sanction", "clash"]}
              """));

  private static List<SentenceTone> score(String text) {
    return SCORER.score(text, SentenceSplitter.starts(text));
  }

  private static List<SentenceTone> defaultScore(String text) {
    return ToneScorer.defaultScorer().score(text, SentenceSplitter.starts(text));
  }

  @Test
  void countsInflectedCuesPerClassAndSentence() {
    assertEquals(
        List.of(new SentenceTone(0, 1, 1, 0, 0), new SentenceTone(2, 0, 0, 1, 2)),
        score("They welcomed it and signed. The talks went on."
                + " He warned of clashes and sanctions."));
  }

  @Test
  void negatedCooperationCountsAsVerbalConflict() {
    assertEquals(List.of(new SentenceTone(0, 0, 0, 1, 0)), score("They did not agree."));
    assertEquals(List.of(new SentenceTone(0, 0, 0, 1, 0)), score("There was no progress."));
    assertEquals(List.of(new SentenceTone(0, 0, 0, 1, 0)), score("They failed to sign."));
  }

  @Test
  void negatedConflictIsDropped() {
    assertEquals(List.of(), score("The minister did not condemn the move."));
  }

  @Test
  void negationReachesAtMostThreeWordsBack() {
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 1, 0)), score("They did not yet fully agree."));
    assertEquals(
        List.of(new SentenceTone(0, 1, 0, 0, 0)), score("They did not at that time fully agree."));
  }

  @Test
  void negationStopsAtAComma() {
    assertEquals(List.of(new SentenceTone(0, 1, 0, 0, 0)), score("Not today, they agreed."));
  }

  @Test
  void negationDoesNotCrossSentences() {
    assertEquals(List.of(new SentenceTone(1, 1, 0, 0, 0)), score("Not now. Agreed."));
  }

  @Test
  void negatorExceptionCancelsTheNegator() {
    assertEquals(
        List.of(new SentenceTone(0, 1, 0, 0, 0)), score("They not only welcomed the plan."));
  }

  @Test
  void longerCueHidesTheCueInsideIt() {
    assertEquals(List.of(new SentenceTone(0, 0, 1, 0, 0)), score("They will lift sanctions."));
  }

  @Test
  void neutralPhraseHidesTheCueInsideIt() {
    assertEquals(List.of(), score("There are signs of a thaw."));
  }

  @Test
  void cooperationIndexIsTheBalanceOfCues() {
    assertEquals(0.5, ToneScorer.cooperationIndex(3, 1));
    assertEquals(-1.0, ToneScorer.cooperationIndex(0, 2));
    assertEquals(0.0, ToneScorer.cooperationIndex(2, 2));
    assertEquals(0.0, ToneScorer.cooperationIndex(0, 0));
    assertThrows(IllegalArgumentException.class, () -> ToneScorer.cooperationIndex(-1, 0));
  }

  @Test
  void emptyCueClassIsRejectedWithItsField() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ToneLexicon.fromJson(
                    """
                    {"version": "t", "verbal_cooperation": [], "material_cooperation": ["a"],
                     "verbal_conflict": ["b"], "material_conflict": ["c"]}
                    """));
    assertEquals("lexicon: field 'verbal_cooperation' must not be empty", e.getMessage());
  }

  @Test
  void aPhraseListedInTwoClassesIsRejectedWithBoth() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ToneLexicon.fromJson(
                    """
                    {"version": "t", "neutral": ["De-escalation"],
                     "verbal_cooperation": ["de-escalation"], "material_cooperation": ["a"],
                     "verbal_conflict": ["b"], "material_conflict": ["c"]}
                    """));
    assertEquals(
        "lexicon: 'De-escalation' is listed twice (verbal_cooperation, neutral); a phrase belongs"
            + " to one class",
        e.getMessage());
  }

  @Test
  void defaultLexiconScoresADiplomaticSentence() {
    String text = "The ministers did not agree on the border but condemned the shelling.";
    assertEquals(
        List.of(new SentenceTone(0, 0, 0, 2, 1)),
        defaultScore(text));
    assertEquals("2026.12.13", ToneScorer.defaultScorer().version());
  }

  @Test
  void defaultLexiconKnowsTheWiresVerbsAndTheirOtherSenses() {
    // an airlift is material cooperation; warplanes that pound a target material conflict, a
    // hurricane that pounds a coast nothing; prisoners of war are no war; rebuffing and breaking
    // off talks are verbal conflict ("talks" alone would be cooperation)
    String text =
        "Japan airlifted tents to Pakistan. Warplanes pounded targets in the south."
            + " The coast was pounded by the hurricane. Prisoners of war went home."
            + " Moscow rebuffed the proposal. The Taliban broke off talks.";
    assertEquals(
        List.of(
            new SentenceTone(0, 0, 1, 0, 0),
            new SentenceTone(1, 0, 0, 0, 1),
            new SentenceTone(4, 0, 0, 1, 0),
            new SentenceTone(5, 0, 0, 1, 0)),
        defaultScore(text));
  }

  @Test
  void defaultLexiconReadsPlainWireWording() {
    // closing a border and carrying out strikes are material conflict; a cyclone that destroys
    // homes, and two countries that share a border, are no tone; working together is verbal
    // cooperation, and a credit line material cooperation
    String text =
        "Pakistan closed its border with Afghanistan. Jets carried out strikes on the camps."
            + " The cyclone destroyed 50,000 homes. The two countries share a border."
            + " We must work together. India extended a credit line to Sri Lanka.";
    assertEquals(
        List.of(
            new SentenceTone(0, 0, 0, 0, 1),
            new SentenceTone(1, 0, 0, 0, 1),
            new SentenceTone(4, 1, 0, 0, 0),
            new SentenceTone(5, 0, 1, 0, 0)),
        defaultScore(text));
  }

  @Test
  void defaultLexiconReadsTheSpeechesIdioms() {
    // "cannot but" affirms what follows: the condemnation counts; a siege is material conflict,
    // turning a deaf ear verbal conflict, a battle against a disease no conflict; "cannot fail
    // to pay tribute" is praise
    String text =
        "We cannot but condemn the attack. The city was under siege."
            + " Moscow turned a deaf ear to the request. The battle against malaria goes on."
            + " I cannot fail to pay tribute to your predecessor.";
    assertEquals(
        List.of(
            new SentenceTone(0, 0, 0, 1, 1),
            new SentenceTone(1, 0, 0, 0, 1),
            new SentenceTone(2, 0, 0, 1, 0),
            new SentenceTone(4, 1, 0, 0, 0)),
        defaultScore(text));
  }

  @Test
  void defaultLexiconReadsTheFourthAndFifthSetsWording() {
    // "according to" hides the cooperation cue "accord"; jailing is material conflict, calling a
    // government a puppet verbal conflict, waiving visas material cooperation; scheduling
    // conflicts are no conflict; standing ready is verbal cooperation, calling a claim unfounded
    // verbal conflict, taking someone into custody material conflict; a stock exchange and a
    // hostile takeover are no tone
    String text =
        "Exports rose, according to the survey. The junta jailed the editor."
            + " He called the government a puppet. Turkey waived visa rules for Kenyans."
            + " The summit moved over scheduling conflicts. Oslo stood ready to help."
            + " Tokyo called the claim unfounded. Police took the activist into custody."
            + " Prices fell on the stock exchange after a hostile takeover.";
    assertEquals(
        List.of(
            new SentenceTone(1, 0, 0, 0, 1),
            new SentenceTone(2, 0, 0, 1, 0),
            new SentenceTone(3, 0, 1, 0, 0),
            new SentenceTone(5, 1, 0, 0, 0),
            new SentenceTone(6, 0, 0, 1, 0),
            new SentenceTone(7, 0, 0, 0, 1)),
        defaultScore(text));
  }

  @Test
  void defaultLexiconReadsTheSixthSetsWording() {
    // lexicon 2026.12.10: gratitude is verbal cooperation, a debt of gratitude no tone; blackmail
    // is verbal conflict, mercenaries material conflict; foreign exchange and the power of veto
    // are no tone
    String text =
        "We express our gratitude to the donors. We owe a debt of gratitude to our founders."
            + " This is blackmail. Mercenaries landed at the airport."
            + " Tourism earns foreign exchange. Five members hold the power of veto.";
    assertEquals(
        List.of(
            new SentenceTone(0, 1, 0, 0, 0),
            new SentenceTone(2, 0, 0, 1, 0),
            new SentenceTone(3, 0, 0, 0, 1)),
        defaultScore(text));
  }

  @Test
  void defaultLexiconReadsTheSeventhSetsHeadlines() {
    // lexicon 2026.12.11: headline verbs the wire uses (an olive branch, reopens, lashes out,
    // cuts gas supplies); a document "signed off on" is no signature between parties
    String text =
        "Canberra extends an olive branch to Beijing. Saudi Arabia reopens embassy in Tehran."
            + " Warsaw lashes out at Berlin. Russia cuts gas supplies to Bulgaria."
            + " The board signed off on the plan.";
    assertEquals(
        List.of(
            new SentenceTone(0, 1, 0, 0, 0),
            new SentenceTone(1, 0, 1, 0, 0),
            new SentenceTone(2, 0, 0, 1, 0),
            new SentenceTone(3, 0, 0, 0, 1)),
        defaultScore(text));
  }

  @Test
  void defaultLexiconReadsTheEighthSetsQuotesAndHistory() {
    // lexicon 2026.12.12: standing shoulder to shoulder, exchanging ambassadors, an unfriendly
    // act, combat readiness; an epidemic's attack rate is no attack
    String text =
        "We stand shoulder to shoulder with our friends. The two states exchanged ambassadors."
            + " He called the move an unfriendly act. Units were put on combat readiness."
            + " The attack rate of influenza was 23 percent.";
    assertEquals(
        List.of(
            new SentenceTone(0, 1, 0, 0, 0),
            new SentenceTone(1, 0, 1, 0, 0),
            new SentenceTone(2, 0, 0, 1, 0),
            new SentenceTone(3, 0, 0, 0, 1)),
        defaultScore(text));
  }

  @Test
  void defaultLexiconReadsTheNinthSetsWire() {
    // lexicon 2026.12.13: missiles fired at a target, a currency swap between central banks, a
    // reprimand; a cardiac arrest is no arrest
    String text =
        "The warships fired cruise missiles at radar sites. The two central banks renewed their"
            + " currency swap. The ministry reprimanded the ambassador."
            + " The former minister suffered a cardiac arrest.";
    assertEquals(
        List.of(
            new SentenceTone(0, 0, 0, 0, 1),
            new SentenceTone(1, 0, 1, 0, 0),
            new SentenceTone(2, 0, 0, 1, 0)),
        defaultScore(text));
  }
}
