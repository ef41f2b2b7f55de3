"""Programs found where the report presents them in forms the seeds do not use: numbered inside
a sentence, with the number on a line of its own, under group headings, and named in the
sentences of news items and short reports, with the budget their clause states. The texts are
written for these tests in the style of the genre (LKPJ chapters, Dinas Sosial news); the
negative cases are prose that uses the word "program" without naming one."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from pydantic import ValidationError

from kesos_extract import extract_text
from kesos_extract.named_programs import _Vocabulary, name_end, tidy_name, vocabulary


def _walk(nodes):
    for n in nodes:
        yield n
        yield from _walk(n.children)


def _program_sections(text: str) -> list[str]:
    return [s.title for s in _walk(extract_text(text).sections) if s.kind == "program"]


def _names(text: str) -> list[str]:
    return [p.name for p in extract_text(text).programs]


def _budgets(text: str) -> list[tuple]:
    return [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in extract_text(text).programs]


# --- lists in unusual shapes ------------------------------------------------------------------

INLINE = (
    "Sesuai dengan Permendagri, program yang menjadi kewenangan kabupaten pada urusan sosial adalah "
    "(1) Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah "
    "Kesejahteraan Sosial Lainnya, (2) Program Pembinaan Anak Terlantar (3) Program Pembinaan Para "
    "Penyandang Cacat dan Trauma, dan (4) Program Pemberdayaan Kelembagaan Kesejahteraan Sosial yang "
    "capaiannya diuraikan sebagai berikut :\n"
    "a) Jumlah anak terlantar yang dibina\n"
    "Target 120 anak terealisasi 118 anak.\n"
)


def test_programs_numbered_inside_a_sentence():
    assert _names(INLINE) == [
        "Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial Lainnya",
        "Program Pembinaan Anak Terlantar",
        "Program Pembinaan Para Penyandang Cacat dan Trauma",
        "Program Pemberdayaan Kelembagaan Kesejahteraan Sosial",
    ]


def test_inline_items_head_no_section():
    assert _program_sections(INLINE) == []


def test_number_alone_on_the_line_before_the_name():
    text = ("PROGRAM DAN KEGIATAN\n\n1.\nProgram Pelayanan Administrasi Perkantoran\n"
            "Kegiatan penyediaan jasa surat menyurat terlaksana 12 bulan.\n\n2.\n"
            "Program Peningkatan Sarana dan Prasarana Aparatur\nPemeliharaan gedung kantor 1 unit.\n\n"
            "3.\nProgram Rehabilitasi Sosial\nPelayanan lansia terlantar 40 orang.\n")
    names = ["Program Pelayanan Administrasi Perkantoran", "Program Peningkatan Sarana dan Prasarana Aparatur",
             "Program Rehabilitasi Sosial"]
    assert _names(text) == names
    assert _program_sections(text) == names  # a numbered list, not names picked from the prose


GROUPS = (
    "Urusan sosial dilaksanakan melalui 3 program pokok dan 2 program penunjang.\n"
    "Program-program pokok :\n"
    "1. Program Pemberdayaan Sosial\n"
    "2. Program Rehabilitasi Sosial\n"
    "3. Program Perlindungan dan Jaminan Sosial\n"
    "Program-program penunjang :\n"
    "1. Program Pelayanan Administrasi Perkantoran\n"
    "2. Program Peningkatan Sarana dan Prasarana Aparatur\n"
)


def test_programs_under_group_headings_are_one_list():
    assert _names(GROUPS) == _program_sections(GROUPS) == ["Program Pemberdayaan Sosial", "Program Rehabilitasi Sosial",
                              "Program Perlindungan dan Jaminan Sosial", "Program Pelayanan Administrasi Perkantoran",
                              "Program Peningkatan Sarana dan Prasarana Aparatur"]


def test_unnumbered_programs_under_group_headings():
    text = ("A. Program Pokok\n- Program Pemberdayaan Sosial\n- Program Penanganan Bencana\n"
            "B. Program Penunjang\n- Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\n\n"
            "Seluruh program tersebut didukung oleh 14 kegiatan.\n")
    assert _names(text) == _program_sections(text) == [
        "Program Pemberdayaan Sosial", "Program Penanganan Bencana", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"]


def test_a_lone_numbered_program_line_is_one_name_commas_and_all():
    text = ("Adapun program yang dilaksanakan sebagai berikut :\n\n"
            "1. Program Pelayanan Lanjut Usia, Penyandang Disabilitas dan Anak Terlantar\n\n"
            "Program ini menyasar 250 orang lanjut usia di panti.\n")
    assert _names(text) == ["Program Pelayanan Lanjut Usia, Penyandang Disabilitas dan Anak Terlantar"]


# --- programs named in news prose -------------------------------------------------------------

NEWS = (
    "SUMBAWA - Realisasi anggaran Dinas Sosial tahun 2024 mencapai 93,1 persen.\n"
    "Menurut Kepala Dinas, program rehabilitasi sosial dengan pagu Rp1.250.000.000 terealisasi "
    "Rp1.200.000.000 atau 96 persen. Adapun program pemberdayaan sosial mencatat pagu Rp800.000.000 "
    "dengan realisasi Rp760.000.000 atau 95 persen, serta program penanganan bencana dengan pagu "
    "Rp400.000.000 dan realisasi Rp390.000.000 atau 97,5 persen.\n"
    "Tahun depan beberapa program prioritas akan dilanjutkan, termasuk program kerja bidang "
    "perlindungan sosial.\n"
)


def test_news_names_programs_with_their_budget_triple():
    assert _budgets(NEWS) == [
        ("program rehabilitasi sosial", 1250000000.0, 1200000000.0, 96.0),
        ("program pemberdayaan sosial", 800000000.0, 760000000.0, 95.0),
        ("program penanganan bencana", 400000000.0, 390000000.0, 97.5),
    ]


def test_a_later_mention_gives_the_budget_and_the_acronym_the_name():
    text = ("Bantuan yang disalurkan antara lain Program Keluarga Harapan, rumah tidak layak huni, dan "
            "program asistensi sosial lanjut usia.\n"
            "Terbesar adalah Program Keluarga Harapan (PKH) sebesar Rp2,4 miliar kepada 1.300 keluarga.\n")
    assert _budgets(text) == [
        ("Program Keluarga Harapan (PKH)", 2400000000.0, None, None),
        ("program asistensi sosial lanjut usia", None, None, None),
    ]


def test_amount_allocated_before_the_name():
    text = ("Dari pagu tersebut, Rp3,2 miliar lebih untuk Program Bantuan Pangan Non Tunai (BPNT) bagi "
            "4.000 KPM.\n")
    assert _budgets(text) == [("Program Bantuan Pangan Non Tunai (BPNT)", 3200000000.0, None, None)]


def test_a_rate_per_month_is_no_budget():
    text = "Penerima Program Sembako Daerah senilai Rp150.000 per bulan untuk setiap keluarga.\n"
    assert _budgets(text) == [("Program Sembako Daerah", None, None, None)]


@pytest.mark.parametrize("sentence,name", [
    ("Program Rehabilitasi Sosial menjadi yang terbaik tahun ini.", "Program Rehabilitasi Sosial"),
    ("Target Program Perlindungan dan Jaminan Sosial Tahun 2023 adalah 900 orang.",
     "Program Perlindungan dan Jaminan Sosial"),
    ("Pemerintah melanjutkan Program Atensi Lansia untuk 3.000 orang.", "Program Atensi Lansia"),
    ("Dana itu dipakai bagi program keluarga harapan (PKH), beras sejahtera dan bantuan lain.",
     "program keluarga harapan (PKH)"),
    ("Program Bantuan Sosial Tunai (BST) berupa uang Rp300.000.", "Program Bantuan Sosial Tunai (BST)"),
    ("Kegiatan ini mendukung program pelayanan sosial anak terlantar yang dijalankan panti.",
     "program pelayanan sosial anak terlantar"),
])
def test_where_a_name_in_prose_ends(sentence, name):
    assert _names(sentence + "\n") == [name]


@pytest.mark.parametrize("text", [
    "Seluruh program-program dinas dievaluasi setiap triwulan.",
    "Bappeda memimpin Forum Sinkronisasi Program dan Anggaran OPD bulan Maret.",
    "Renja disusun sebagai pedoman pelaksanaan program dan kegiatan tahun 2025.",
    "Pagu itu dibagi antara program prioritas dan program nonprioritas.",
    "Pelaksanaan program kerja berjalan baik dan program ini akan dilanjutkan.",
    "Komisi menilai realisasi sejumlah program yang belum sesuai target.",
    "Bimtek Program Pembangunan Kesejahteraan Sosial digelar di aula dinas.",
    "Peserta Pelatihan Pendamping Program BPNT Angkatan II berjumlah 40 orang.",
    "Sebagian dipakai untuk transport relawan (program bansos) di desa.",
    "Data penerima bantuan program pemerintah belum diperbarui.",
    "Salah satu program Dinas Sosial adalah pelatihan keterampilan.",
    "Kasubag Program dan Pelaporan menyampaikan laporan.",
    "Pemkab menyiapkan berbagai program bantuan bagi warga.",
    "Kegiatan itu meliputi Evaluasi Program Kesejahteraan Sosial di 12 kecamatan.",
])
def test_prose_that_names_no_program(text):
    assert _names(text + "\n") == []


def test_a_report_with_a_program_list_gets_nothing_from_its_prose():
    text = GROUPS + "Selain itu Dinas Sosial melaksanakan Program Keluarga Harapan (PKH) dari pusat.\n"
    assert "Program Keluarga Harapan (PKH)" not in _names(text)


# --- the helpers and the vocabulary -----------------------------------------------------------

def test_name_end_follows_the_catalogue_over_commas():
    text = "Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial Lainnya dengan pagu"
    end = name_end(text, len("Program"), len(text))
    assert tidy_name(text[:end]).endswith("Kesejahteraan Sosial Lainnya")
    text = "Program Pembinaan Anak Terlantar, lansia dan disabilitas"
    assert tidy_name(text[:name_end(text, len("Program"), len(text))]) == "Program Pembinaan Anak Terlantar"


def test_the_vocabulary_is_validated():
    with pytest.raises(ValidationError):
        _Vocabulary.model_validate({"generic_heads": ["kerja"], "name_end_words": [], "not_verbs": []})
    with pytest.raises(ValidationError):
        _Vocabulary.model_validate({"generic_heads": [], "name_end_words": [], "not_verbs": [], "welfare_words": [],
                                    "stop_words": []})


def test_a_sentence_wrapped_by_the_conversion_keeps_its_program():
    text = ("Pada tahun 2023 program pemberdayaan\nsosial dengan pagu Rp500.000.000 terealisasi "
            "Rp450.000.000 atau 90 persen.\nProgram Kerja Tahun Depan\n")
    assert _budgets(text) == [("program pemberdayaan sosial", 500000000.0, 450000000.0, 90.0)]


def test_programs_numbered_with_dots_inside_a_sentence():
    text = ("Urusan sosial dilaksanakan melalui 1. Program Pemberdayaan Sosial 2. Program Rehabilitasi Sosial "
            "3. Program Penanganan Bencana dengan total pagu Rp2.000.000.000.\n")
    assert _names(text) == ["Program Pemberdayaan Sosial", "Program Rehabilitasi Sosial", "Program Penanganan Bencana"]


def test_a_heading_in_capitals_and_a_numbered_heading_name_programs():
    text = ("4.2.1 PROGRAM PEMBERDAYAAN SOSIAL\nKegiatan pelatihan KUBE bagi 30 keluarga.\n"
            "Program PKH BPNT disalurkan lewat bank.\n")
    assert _names(text) == ["PROGRAM PEMBERDAYAAN SOSIAL"]


def test_programs_lettered_in_capitals_carry_their_budget():
    text = ("A. Program Pemberdayaan Sosial\n"
            "Program ini didukung oleh 3 kegiatan dengan pagu Rp. 1.200.000.000,00 dan realisasi "
            "Rp. 1.150.000.000,00 (95,83%).\n"
            "B. Program Rehabilitasi Sosial\n"
            "Program ini didukung oleh 2 kegiatan dengan pagu Rp. 900.000.000,00 dan realisasi "
            "Rp. 880.000.000,00 (97,78%).\n")
    assert _budgets(text) == [("Program Pemberdayaan Sosial", 1200000000.0, 1150000000.0, 95.83),
                              ("Program Rehabilitasi Sosial", 900000000.0, 880000000.0, 97.78)]


def test_numbered_group_headings_with_a_tail_head_lettered_programs():
    text = ("1. Program Pokok, terdiri dari:\na. Program Pemberdayaan Sosial\nb. Program Rehabilitasi Sosial\n"
            "2. Program Penunjang (non urusan) sebanyak 2 (dua) program, yaitu:\n"
            "a. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\n"
            "b. Program Pelayanan Administrasi Perkantoran\n")
    assert _names(text) == ["Program Pemberdayaan Sosial", "Program Rehabilitasi Sosial",
                            "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
                            "Program Pelayanan Administrasi Perkantoran"]


def test_official_names_listed_after_one_program_share_its_word():
    text = ("Dinas mengelola tiga program, yakni program pemberdayaan sosial, rehabilitasi sosial, serta "
            "perlindungan dan jaminan sosial.\n"
            "Bantuan lain berupa program keluarga harapan (PKH), beras sejahtera, dan bantuan lansia.\n")
    assert _names(text) == ["program pemberdayaan sosial", "rehabilitasi sosial", "perlindungan dan jaminan sosial",
                            "program keluarga harapan (PKH)"]


def test_amounts_shared_out_with_masing_masing_go_to_the_programs_in_order():
    # (before they went to no program: at least not both to the first one)
    text = "Anggaran untuk program pemberdayaan sosial dan rehabilitasi sosial masing-masing Rp2 miliar dan Rp3 miliar.\n"
    assert _budgets(text) == [("program pemberdayaan sosial", 2e9, None, None), ("rehabilitasi sosial", 3e9, None, None)]


def test_a_lone_program_heading_takes_the_budget_of_the_paragraph_below():
    text = ("Adapun program yang dilaksanakan:\n\n"
            "1. Program Pelayanan Lanjut Usia, Penyandang Disabilitas dan Anak Terlantar\n\n"
            "Program ini didukung 4 kegiatan dengan pagu Rp 2.000.000.000 dan realisasi Rp 1.900.000.000 "
            "atau 95 persen.\n")
    assert _budgets(text) == [("Program Pelayanan Lanjut Usia, Penyandang Disabilitas dan Anak Terlantar",
                               2000000000.0, 1900000000.0, 95.0)]


def test_program_rows_of_a_budget_table_with_codes_and_their_budget():
    text = ("Tabel 3.2 Realisasi Anggaran per Program\n"
            "No\tKode\tProgram/Kegiatan\tPagu\tRealisasi\t%\n"
            "1\t1.06.01\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t4.000.000.000\t3.800.000.000\t95,00\n"
            "2\t1.06.02\tProgram Pemberdayaan Sosial\t800.000.000\t790.000.000\t98,75\n"
            "3\t1.06.04\tProgram Rehabilitasi Sosial\t500.000.000\t450.000.000\t90,00\n")
    assert _budgets(text) == [
        ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 4000000000.0, 3800000000.0, 95.0),
        ("Program Pemberdayaan Sosial", 800000000.0, 790000000.0, 98.75),
        ("Program Rehabilitasi Sosial", 500000000.0, 450000000.0, 90.0),
    ]


def test_unnumbered_program_rows_are_counted():
    text = ("Kode\tUraian\tAnggaran (Rp)\tRealisasi (Rp)\n"
            "1.06.02\tProgram Pemberdayaan Sosial\t800.000.000\t790.000.000\n"
            "1.06.02.2.01\tPemberdayaan Sosial Komunitas Adat Terpencil\t300.000.000\t295.000.000\n"
            "1.06.04\tProgram Rehabilitasi Sosial\t500.000.000\t450.000.000\n")
    assert _budgets(text) == [("Program Pemberdayaan Sosial", 800000000.0, 790000000.0, None),
                              ("Program Rehabilitasi Sosial", 500000000.0, 450000000.0, None)]


def test_a_target_column_is_no_budget():
    text = ("No\tProgram\tTarget 2024 (Rp)\tTarget 2025 (Rp)\n"
            "1\tProgram Pemberdayaan Sosial\t800.000.000\t900.000.000\n"
            "2\tProgram Rehabilitasi Sosial\t500.000.000\t550.000.000\n")
    assert _budgets(text) == [("Program Pemberdayaan Sosial", None, None, None),
                              ("Program Rehabilitasi Sosial", None, None, None)]


def test_an_inline_list_wrapped_by_the_conversion():
    text = ("Program yang dilaksanakan adalah (1) Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan\n"
            "Penyandang Masalah Kesejahteraan Sosial Lainnya, (2) Program Pembinaan Para Penyandang\n"
            "Cacat dan Trauma (3) Program Pembinaan Panti Asuhan/Panti Jompo, yang capaiannya sebagai berikut:\n"
            "a) Jumlah panti 10 unit.\n")
    assert _names(text) == [
        "Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial Lainnya",
        "Program Pembinaan Para Penyandang Cacat dan Trauma", "Program Pembinaan Panti Asuhan/Panti Jompo"]


def test_a_name_in_quotes():
    text = 'Dinsos juga menjalankan program "Jumat Berkah" bagi lansia dan program “Sentuhan Kasih” di panti.\n'
    assert _names(text) == ['program "Jumat Berkah"', "program “Sentuhan Kasih”"]


@pytest.mark.parametrize("text", [
    "Ia lulusan Program Magister Ilmu Kesejahteraan Sosial.",
    'Warga diminta mengikuti program "kerja" bakti.',
])
def test_more_prose_that_names_no_program(text):
    assert _names(text + "\n") == []


@pytest.mark.parametrize("example", vocabulary().examples, ids=lambda e: e.text[:40])
def test_vocabulary_examples(example):
    assert _names(example.text + "\n") == example.names


def test_the_vocabulary_has_examples():
    assert len(vocabulary().examples) >= 5


def test_items_under_a_group_heading_are_programs_without_the_word():
    text = ("Program-program pokok :\n1. Pemberdayaan Sosial\n   - Kegiatan pemberdayaan komunitas adat terpencil\n"
            "2. Rehabilitasi Sosial\n3. Perlindungan dan Jaminan Sosial\n"
            "Program-program penunjang :\n1. Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\n\n"
            "Tujuan\n1. Meningkatkan kesejahteraan masyarakat.\n2. Mengurangi kemiskinan.\n")
    assert _names(text) == ["Pemberdayaan Sosial", "Rehabilitasi Sosial", "Perlindungan dan Jaminan Sosial",
                            "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"]


def test_a_program_title_broken_over_two_lines():
    text = ("1. Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan\n"
            "   Penyandang Masalah Kesejahteraan Sosial Lainnya\n"
            "   Program ini didukung 3 kegiatan.\n"
            "2. Program Pembinaan Eks Penyandang Penyakit Sosial (Eks Narapidana, PSK,\n"
            "   Narkoba dan Penyakit Sosial Lainnya)\n"
            "3. Program Pembinaan Anak Terlantar\n"
            "   Program ini menyasar 40 anak.\n")
    assert _names(text) == [
        "Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial Lainnya",
        "Program Pembinaan Eks Penyandang Penyakit Sosial (Eks Narapidana, PSK, Narkoba dan Penyakit Sosial Lainnya)",
        "Program Pembinaan Anak Terlantar"]


# --- whatever the text, the finders finish and their spans hold ----------------------------------

PIECES = ["Program", "program", "Program-program pokok :", "Program penunjang", "(1)", "(2)", "1)", "2.", "1.\n",
          "A.", "B.", "\n", "\n\n", "\t", ",", ", ", ";", ".", "dan", "serta", "yang", "dengan pagu", "sebesar",
          "Rp1.000.000", "Rp2,5 miliar", "atau 95 persen", "per bulan", "masing-masing", "untuk", '"', "“", "”",
          "(PKH)", "(", ")", "1.06.02", "Pemberdayaan", "Sosial", "Rehabilitasi", "Keluarga Harapan", "kerja",
          "Disalurkan", "Pagu", "Realisasi", "%", "Kabupaten Contoh", "Tahun 2024"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=4), max_size=60))
def test_programs_of_any_text_hold_their_spans(pieces):
    report = extract_text(" ".join(pieces))
    text = report.text
    for p in report.programs:
        assert p.name.strip()
        assert 0 <= p.start <= p.end <= len(text)
        for span in (p.budget.pagu_span, p.budget.realisasi_span, p.budget.percent_span):
            assert span is None or 0 <= span.start <= span.end <= len(text)


def test_programs_numbered_under_a_section_number():
    text = ("4.2 Urusan Sosial\n4.2.1 Program Pemberdayaan Sosial\n"
            "Program ini didukung 3 kegiatan dengan pagu Rp 1.000.000.000 dan realisasi Rp 900.000.000 atau 90 persen.\n"
            "4.2.1.1 Pemberdayaan Komunitas Adat Terpencil\n"
            "4.2.2 Program Rehabilitasi Sosial\n"
            "Program ini didukung 2 kegiatan dengan pagu Rp 500.000.000 dan realisasi Rp 450.000.000 atau 90 persen.\n")
    assert _budgets(text) == [("Program Pemberdayaan Sosial", 1000000000.0, 900000000.0, 90.0),
                              ("Program Rehabilitasi Sosial", 500000000.0, 450000000.0, 90.0)]
    assert _program_sections(text) == ["Program Pemberdayaan Sosial", "Program Rehabilitasi Sosial"]


@pytest.mark.parametrize("sentence,budget", [
    ("Tahun ini program rehabilitasi sosial dengan pagu Rp1 miliar terealisasi Rp900 juta.",
     ("program rehabilitasi sosial", 1e9, 9e8, None)),
    ("Untuk program penanganan bencana, terserap Rp400 juta dari pagu Rp500 juta.",
     ("program penanganan bencana", 5e8, 4e8, None)),
])
def test_allocation_and_spending_without_a_percentage(sentence, budget):
    assert _budgets(sentence + "\n") == [budget]


def test_activities_listed_one_a_line_under_their_program_are_named_without_their_budget():
    text = ("1. Program Pemberdayaan Sosial\nc) Pagu Rp. 850.000.000,- realisasi Rp. 812.450.000,- (95,58%)\n\n"
            "2. Program Rehabilitasi Sosial\nc) Pagu anggaran Rp. 1.200.000.000,- realisasi Rp. 1.080.000.000,- (90,00%)\n"
            "   Kegiatan:\n"
            "   - Rehabilitasi sosial dasar lansia: Rp. 700.000.000,- realisasi Rp. 650.000.000,- (92,86%)\n"
            "   - Rehabilitasi sosial dasar anak terlantar sebesar Rp. 500.000.000,- realisasi Rp. 430.000.000,-\n")
    programs = extract_text(text).programs
    assert [a.name for a in programs[1].activities] == ["Rehabilitasi sosial dasar lansia",
                                                        "Rehabilitasi sosial dasar anak terlantar"]


def test_activities_numbered_one_a_line_after_melalui_kegiatan():
    text = ("Program Perlindungan dan Jaminan Sosial\nProgram ini dilaksanakan melalui kegiatan:\n"
            "1) Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota\n"
            "2) Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana\n"
            "Pagu anggaran Rp 620.000.000 dengan realisasi Rp 598.500.000 atau 96,53%.\n\n"
            "Program Rehabilitasi Sosial\nProgram ini dilaksanakan melalui kegiatan:\n"
            "1) Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar\n"
            "2) Rehabilitasi Sosial Dasar Lanjut Usia Terlantar\n"
            "Pagu anggaran Rp 400.000.000 dengan realisasi Rp 380.000.000 atau 95%.\n")
    programs = extract_text(text).programs
    assert [len(p.activities) for p in programs] == [2, 2]
    assert programs[0].activities[1].name == "Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana"


FIGURES_AFTER_A_COMMA = (
    "Pada tahun 2021, urusan sosial dilaksanakan oleh Dinas Sosial melalui 3 (tiga) program sebagai berikut:\n\n"
    "1. Program Pemberdayaan Sosial, dengan anggaran Rp 1.250.000.000,00 dan realisasi Rp 1.180.000.000,00 (94,40%);\n"
    "2. Program Rehabilitasi Sosial, anggaran Rp 2.400.000.000,00 realisasi Rp 2.350.000.000,00 (97,92%);\n"
    "3. Program Penanganan Bencana, pagu Rp 500.000.000,00 realisasi Rp 450.000.000,00 (90,00%).\n"
)


def test_a_listed_name_ends_where_its_figures_start_after_a_comma():
    assert _budgets(FIGURES_AFTER_A_COMMA) == [
        ("Program Pemberdayaan Sosial", 1250000000, 1180000000, 94.4),
        ("Program Rehabilitasi Sosial", 2400000000, 2350000000, 97.92),
        ("Program Penanganan Bencana", 500000000, 450000000, 90.0),
    ]


BUDGET_TABLE_WITH_TOTAL = """| Kode | Program/Kegiatan | Anggaran (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
| 1.06.02 | Program Pemberdayaan Sosial | 500.000.000 | 450.000.000 | 90,00 |
| 1.06.02.2.01 | Pengembangan Potensi Sumber Kesejahteraan Sosial | 300.000.000 | 280.000.000 | 93,33 |
| 1.06.04 | Program Rehabilitasi Sosial | 800.000.000 | 700.000.000 | 87,50 |
| 1.06.04.2.02 | Rehabilitasi Sosial Dasar Anak Terlantar | 800.000.000 | 700.000.000 | 87,50 |
| | **Total** | **1.300.000.000** | **1.150.000.000** | **88,46** |
"""


def test_a_total_row_is_no_activity_of_the_last_program():
    programs = extract_text(BUDGET_TABLE_WITH_TOTAL).programs
    assert [[a.name for a in p.activities] for p in programs] == [
        ["Pengembangan Potensi Sumber Kesejahteraan Sosial"], ["Rehabilitasi Sosial Dasar Anak Terlantar"]]


def test_a_budget_labelled_under_a_pagu_dan_realisasi_heading():
    text = ("2) Program Pemberdayaan Fakir Miskin\nc) Pagu dan Realisasi\nAnggaran: Rp. 800.000.000\n"
            "Realisasi: Rp. 760.000.000 (95%)\n")
    assert _budgets(text) == [("Program Pemberdayaan Fakir Miskin", 800000000, 760000000, 95.0)]
def test_activities_listed_after_kegiatan_yang_dilaksanakan():
    text = ("1. Program Rehabilitasi Sosial\nKegiatan yang dilaksanakan:\n"
            "1. Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar\n"
            "2. Rehabilitasi Sosial Dasar Anak Terlantar\n"
            "Pagu anggaran Rp 900.000.000 dengan realisasi Rp 850.000.000 atau 94,44%.\n\n"
            "2. Program Penanganan Bencana\nKegiatan yang telah dilakukan pada tahun 2023 adalah sebagai berikut :\n"
            "a. Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota\n"
            "b. Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota\n"
            "Pagu anggaran Rp 300.000.000 dengan realisasi Rp 280.000.000 atau 93,33%.\n")
    programs = extract_text(text).programs
    assert [[a.name for a in p.activities] for p in programs] == [
        ["Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar", "Rehabilitasi Sosial Dasar Anak Terlantar"],
        ["Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota",
         "Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota"]]
    assert [p.budget.pagu for p in programs] == [900000000.0, 300000000.0]


CODED = ("1.06.02 Program Pemberdayaan Sosial\n"
         "Program ini didukung 2 kegiatan dengan pagu Rp 500.000.000 dan realisasi Rp 480.000.000 atau 96%.\n"
         "1.06.02.2.01 Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)\n"
         "1.06.02.2.02 Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota\n"
         "  1.06.04 Program Rehabilitasi Sosial\n"
         "Program ini didukung 1 kegiatan dengan pagu Rp 800.000.000 dan realisasi Rp 720.000.000 atau 90%.\n"
         "1.06.04.2.01 Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar\n")


def test_program_headings_labelled_with_their_codes_head_the_outline():
    report = extract_text(CODED)
    nodes = [(n.kind, n.label, n.title) for n in _walk(report.sections)]
    assert nodes == [
        ("program", "1.06.02", "Program Pemberdayaan Sosial"),
        ("activity", "1.06.02.2.01", "Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)"),
        ("activity", "1.06.02.2.02", "Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota"),
        ("program", "1.06.04", "Program Rehabilitasi Sosial"),
        ("activity", "1.06.04.2.01", "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar")]
    assert [(p.name, p.budget.pagu, [a.name for a in p.activities]) for p in report.programs] == [
        ("Program Pemberdayaan Sosial", 500000000.0,
         ["Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)", "Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota"]),
        ("Program Rehabilitasi Sosial", 800000000.0, ["Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar"])]


def test_a_title_broken_after_a_whole_word_is_joined_where_the_catalogue_knows_the_whole():
    text = ("1. Program Perlindungan dan Jaminan\nSosial\nPagu Rp 500.000.000 realisasi Rp 450.000.000 (90%).\n"
            "2. Program Penanganan\nBencana\nPagu Rp 300.000.000 realisasi Rp 270.000.000 (90%).\n"
            "3. Program Pemberdayaan Sosial\nPelatihan KUBE bagi 30 keluarga.\n"
            "4. Program Pelayanan Lansia\nPanti Wreda menampung 40 orang.\n")
    assert _names(text) == _program_sections(text) == [
        "Program Perlindungan dan Jaminan Sosial", "Program Penanganan Bencana", "Program Pemberdayaan Sosial",
        "Program Pelayanan Lansia"]


@pytest.mark.parametrize("sentence,names", [
    ("Sementara itu program rumah tidak layak huni (RTLH) tahun ini menyasar 150 unit dengan anggaran Rp 2,25 miliar.",
     ["program rumah tidak layak huni (RTLH)"]),
    ("Dinas juga menjalankan Program Bedah Rumah Tidak Layak Huni (BRTLH) di 12 desa.",
     ["Program Bedah Rumah Tidak Layak Huni (BRTLH)"]),
    ("Pemkab menyiapkan program bantuan bagi penyandang disabilitas (PD) di desa.", []),
])
def test_a_name_runs_on_to_the_acronym_of_its_words(sentence, names):
    assert _names(sentence + "\n") == names


def test_a_kegiatan_column_beside_the_program_column_gives_the_activities():
    text = ("| Program | Kegiatan | Anggaran (Rp) | Realisasi (Rp) | Capaian (%) |\n|---|---|---|---|---|\n"
            "| Program Pemberdayaan Sosial | Pemberdayaan Sosial Komunitas Adat Terpencil | 300.000.000 | 290.000.000 | 96,67 |\n"
            "| | Pengumpulan Sumbangan dalam Daerah | 500.000.000 | 470.000.000 | 94,00 |\n"
            "| Program Rehabilitasi Sosial | Rehabilitasi Sosial Dasar Lanjut Usia Terlantar | 700.000.000 | 650.000.000 | 92,86 |\n")
    programs = extract_text(text).programs
    assert [[a.name for a in p.activities] for p in programs] == [
        ["Pemberdayaan Sosial Komunitas Adat Terpencil", "Pengumpulan Sumbangan dalam Daerah"],
        ["Rehabilitasi Sosial Dasar Lanjut Usia Terlantar"]]
    # the first program's row gives its first kegiatan's figures, not the program's; the second
    # program has one kegiatan, whose figures are the program's
    assert [(p.budget.pagu, p.budget.realisasi) for p in programs] == [(None, None), (700000000.0, 650000000.0)]


def test_programs_named_on_lines_of_their_own_head_the_outline_without_a_list():
    text = ("3.2 Realisasi Program\nProgram Pemberdayaan Sosial\nTujuan: meningkatkan kemandirian fakir miskin.\n"
            "Pagu dan Realisasi: pagu Rp 400.000.000, realisasi Rp 390.000.000 (97,50%).\n\n"
            "Program Rehabilitasi Sosial\nTujuan: meningkatkan pelayanan rehabilitasi.\n"
            "Pagu dan Realisasi: pagu Rp 600.000.000, realisasi Rp 540.000.000 (90,00%).\n")
    assert _program_sections(text) == _names(text) == ["Program Pemberdayaan Sosial", "Program Rehabilitasi Sosial"]
    # a list that starts at 2 (a chapter's excerpt) is no list, yet its lines are headings
    text = ("2. Program Rehabilitasi Sosial\nPagu Rp 900.000.000 realisasi Rp 850.000.000 (94,44%).\n"
            "3. Program Penanganan Bencana\nPagu Rp 300.000.000 realisasi Rp 280.000.000 (93,33%).\n")
    assert [(n.label, n.title) for n in _walk(extract_text(text).sections)] == [
        ("2.", "Program Rehabilitasi Sosial"), ("3.", "Program Penanganan Bencana")]


def test_figures_aligned_with_spaces_on_a_program_line_are_its_budget():
    text = ("Berikut realisasi per program:\n"
            "1) Program Pemberdayaan Sosial                      Rp   450.000.000   Rp   430.000.000   95,56%\n"
            "2) Program Rehabilitasi Sosial                      Rp   600.000.000   Rp   560.000.000   93,33%\n")
    assert _budgets(text) == [("Program Pemberdayaan Sosial", 450000000.0, 430000000.0, 95.56),
                              ("Program Rehabilitasi Sosial", 600000000.0, 560000000.0, 93.33)]


@pytest.mark.parametrize("text", [
    "Program Pemberdayaan Sosial\nPagu: Rp 450.000.000; Realisasi: Rp 430.000.000; Capaian: 95,56%.",
    "Program Pemberdayaan Sosial\nPagu Rp 450.000.000, realisasi Rp 430.000.000, capaian 95,56%.",
])
def test_a_bare_capaian_after_the_realisation_is_the_budget_s_share(text):
    assert _budgets(text) == [("Program Pemberdayaan Sosial", 450000000, 430000000, 95.56)]


def test_capaian_kinerja_after_amounts_stays_a_performance_figure():
    report = extract_text("Pagu Rp 450.000.000, realisasi Rp 430.000.000, capaian kinerja 95,56%.")
    assert not [c for c in report.checks if c.check == "budget_percent"]
