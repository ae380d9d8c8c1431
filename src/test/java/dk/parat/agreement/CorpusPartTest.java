package dk.parat.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorpusPartTest {

  @Test
  void whole_writers_of_wave_d_are_held_out_by_their_number() {
    assertThat(CorpusPart.of("D2-07_robotstoevsugere.md")).isEqualTo(CorpusPart.HELD_OUT);
    assertThat(CorpusPart.of("D6-12_x.txt")).isEqualTo(CorpusPart.HELD_OUT);
    assertThat(CorpusPart.of("D1-07_robotstoevsugere.md")).isEqualTo(CorpusPart.TRAIN);
  }

  @Test
  void only_the_newest_wave_is_fresh_and_the_waves_before_it_train() {
    assertThat(CorpusPart.of("Z3-01_laese-skrivestoette-specialklasser.md")).isEqualTo(CorpusPart.FRESH);
    assertThat(CorpusPart.of("Y3-01_nyt-esdh-projektbeskrivelse.md")).isEqualTo(CorpusPart.TRAIN);
    assertThat(CorpusPart.of("X3-01_skrivefeedback-dansk-mellemtrin.md")).isEqualTo(CorpusPart.TRAIN);
    assertThat(CorpusPart.of("W3-01_udviklingskompasset-dagtilbud.md")).isEqualTo(CorpusPart.TRAIN);
    assertThat(CorpusPart.of("V1-01_vejskader-kamera.md")).isEqualTo(CorpusPart.TRAIN);
    assertThat(CorpusPart.of("A01_sengesensorer_nattilsyn.md")).isEqualTo(CorpusPart.TRAIN);
  }
}
