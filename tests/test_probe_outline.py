"""Programs, their kegiatan and budgets, and the outline over them, in layouts no seed or dev file
uses: group headings over the programs ("A. PROGRAM POKOK", "I. Program Wajib", "Program Pokok
Urusan Sosial :"), a form's label lines ("Program : Perlindungan dan Jaminan Sosial", "PROGRAM 2:
..."), Permendagri 90/2019 codes written in other ways ("1 06 02", "X.XX.02", "[1.06.02]", "1.06.02
- Program ...", the code after the name), pipe and tab tables whose rows are programs and their
kegiatan, a program's budget stated after its kegiatan ("Total anggaran program ini ...", "Jumlah
pagu program ..."), kegiatan numbered inside one sentence ("antara lain: 1) A 2) B 3) C"), names in
capitals broken over lines, roman numerals; and controls that must give no program or no node (a
group heading over RPJMD goals, a table of contents, a program named in passing after the list).
The passages were written for these tests in the register of LKPJ / LKjIP chapters and Dinas Sosial
reports; the answers were worked out by hand by the programs format of shared/gold/README.md (name
as written, the budget the report states for the program itself, the kegiatan it names for it).
Each case's comment says what the code made of it before (none: it read it right already)."""

from __future__ import annotations

import pytest

from kesos_extract import extract_text


def _walk(nodes, depth=0):
    for n in nodes:
        yield depth, n
        yield from _walk(n.children, depth + 1)


def _nodes(report):
    """The outline's program nodes and the group nodes over them: (kind, label, title, depth)."""
    return [("program_group" if n.subsection_kind == "program_group" else n.kind, n.label, n.title, d)
            for d, n in _walk(report.sections) if n.kind == "program" or n.subsection_kind == "program_group"]


CASES = [
    # A. PROGRAM POKOK / B. PROGRAM PENUNJANG over programs numbered from 1 in each (no group node before)
    pytest.param(
        '4.2.13 URUSAN SOSIAL\nA. PROGRAM POKOK\n1. Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya\n   Anggaran Rp 1.250.000.000, realisasi Rp 1.187.500.000 (95,00%)\n2. Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial\n   Anggaran Rp 800.000.000, realisasi Rp 720.000.000 (90,00%)\nB. PROGRAM PENUNJANG\n1. Program Pelayanan Administrasi Perkantoran\n   Anggaran Rp 600.000.000, realisasi Rp 570.000.000 (95,00%)\n2. Program Peningkatan Sarana dan Prasarana Aparatur\n   Anggaran Rp 400.000.000, realisasi Rp 360.000.000 (90,00%)\n',
        [('Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya', 1250000000.0, 1187500000.0, 95.0, []), ('Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial', 800000000.0, 720000000.0, 90.0, []), ('Program Pelayanan Administrasi Perkantoran', 600000000.0, 570000000.0, 95.0, []), ('Program Peningkatan Sarana dan Prasarana Aparatur', 400000000.0, 360000000.0, 90.0, [])],
        [('program_group', 'A.', 'PROGRAM POKOK', 1), ('program', '1.', 'Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya', 2), ('program', '2.', 'Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial', 2), ('program_group', 'B.', 'PROGRAM PENUNJANG', 1), ('program', '1.', 'Program Pelayanan Administrasi Perkantoran', 2), ('program', '2.', 'Program Peningkatan Sarana dan Prasarana Aparatur', 2)],
        id='group_caps_over_numbered'),
    # I. Program Wajib / II. Program Penunjang over lettered programs (no group node before)
    pytest.param(
        'I. Program Wajib\na. Program Rehabilitasi Sosial\nProgram ini dilaksanakan dengan pagu Rp 2.000.000.000 dan realisasi Rp 1.900.000.000 atau 95%.\nb. Program Perlindungan dan Jaminan Sosial\nProgram ini dilaksanakan dengan pagu Rp 900.000.000 dan realisasi Rp 855.000.000 atau 95%.\nII. Program Penunjang\na. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\nProgram ini dilaksanakan dengan pagu Rp 4.500.000.000 dan realisasi Rp 4.275.000.000 atau 95%.\n',
        [('Program Rehabilitasi Sosial', 2000000000.0, 1900000000.0, 95.0, []), ('Program Perlindungan dan Jaminan Sosial', 900000000.0, 855000000.0, 95.0, []), ('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 4500000000.0, 4275000000.0, 95.0, [])],
        [('program_group', 'I.', 'Program Wajib', 0), ('program', 'a.', 'Program Rehabilitasi Sosial', 1), ('program', 'b.', 'Program Perlindungan dan Jaminan Sosial', 1), ('program_group', 'II.', 'Program Penunjang', 0), ('program', 'a.', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 1)],
        id='group_roman_over_lettered'),
    # PROGRAM POKOK / PROGRAM PENUNJANG unlabelled, programs in capitals with lettered kegiatan (no group node before)
    pytest.param(
        'PROGRAM POKOK\n1. PROGRAM PEMBERDAYAAN SOSIAL\n   Kegiatan yang dilaksanakan:\n   a. Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)\n   b. Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota\n2. PROGRAM REHABILITASI SOSIAL\n   Kegiatan yang dilaksanakan:\n   a. Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti\n   b. Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti\nPROGRAM PENUNJANG\n1. PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA\n   Kegiatan yang dilaksanakan:\n   a. Administrasi Keuangan Perangkat Daerah\n   b. Administrasi Umum Perangkat Daerah\n',
        [('PROGRAM PEMBERDAYAAN SOSIAL', None, None, None, ['Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)', 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota']), ('PROGRAM REHABILITASI SOSIAL', None, None, None, ['Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti', 'Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti']), ('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', None, None, None, ['Administrasi Keuangan Perangkat Daerah', 'Administrasi Umum Perangkat Daerah'])],
        [('program_group', None, 'PROGRAM POKOK', 0), ('program', '1.', 'PROGRAM PEMBERDAYAAN SOSIAL', 1), ('program', '2.', 'PROGRAM REHABILITASI SOSIAL', 1), ('program_group', None, 'PROGRAM PENUNJANG', 0), ('program', '1.', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 1)],
        id='group_unlabelled_caps_kegiatan'),
    # indented 1) items under A. Program Pokok with their figures on the line (no group node before)
    pytest.param(
        'A. Program Pokok\n   1) Program Pemberdayaan Sosial, pagu Rp 350.000.000, realisasi Rp 332.500.000 (95%)\n   2) Program Rehabilitasi Sosial, pagu Rp 1.100.000.000, realisasi Rp 990.000.000 (90%)\n   3) Program Penanganan Bencana, pagu Rp 150.000.000, realisasi Rp 150.000.000 (100%)\nB. Program Penunjang\n   1) Program Pelayanan Administrasi Perkantoran, pagu Rp 700.000.000, realisasi Rp 665.000.000 (95%)\n',
        [('Program Pemberdayaan Sosial', 350000000.0, 332500000.0, 95.0, []), ('Program Rehabilitasi Sosial', 1100000000.0, 990000000.0, 90.0, []), ('Program Penanganan Bencana', 150000000.0, 150000000.0, 100.0, []), ('Program Pelayanan Administrasi Perkantoran', 700000000.0, 665000000.0, 95.0, [])],
        [('program_group', 'A.', 'Program Pokok', 0), ('program', '1)', 'Program Pemberdayaan Sosial', 1), ('program', '2)', 'Program Rehabilitasi Sosial', 1), ('program', '3)', 'Program Penanganan Bencana', 1), ('program_group', 'B.', 'Program Penunjang', 0), ('program', '1)', 'Program Pelayanan Administrasi Perkantoran', 1)],
        id='group_indented_numparen'),
    # B. PROGRAM PENUNJANG (NON URUSAN) (no group node before)
    pytest.param(
        'A. PROGRAM POKOK (URUSAN SOSIAL)\n1. Program Pemberdayaan Sosial\n2. Program Rehabilitasi Sosial\nB. PROGRAM PENUNJANG (NON URUSAN)\n1. Program Pelayanan Administrasi Perkantoran\n2. Program Peningkatan Sarana dan Prasarana Aparatur\n',
        [('Program Pemberdayaan Sosial', None, None, None, []), ('Program Rehabilitasi Sosial', None, None, None, []), ('Program Pelayanan Administrasi Perkantoran', None, None, None, []), ('Program Peningkatan Sarana dan Prasarana Aparatur', None, None, None, [])],
        [('program_group', 'A.', 'PROGRAM POKOK (URUSAN SOSIAL)', 0), ('program', '1.', 'Program Pemberdayaan Sosial', 1), ('program', '2.', 'Program Rehabilitasi Sosial', 1), ('program_group', 'B.', 'PROGRAM PENUNJANG (NON URUSAN)', 0), ('program', '1.', 'Program Pelayanan Administrasi Perkantoran', 1), ('program', '2.', 'Program Peningkatan Sarana dan Prasarana Aparatur', 1)],
        id='group_parenthesised'),
    # Program Pokok Urusan Sosial : (the second group's programs were lost before)
    pytest.param(
        'Program Pokok Urusan Sosial :\n1. Program Pemberdayaan Sosial\n2. Program Rehabilitasi Sosial\nProgram Penunjang :\n1. Program Pelayanan Administrasi Perkantoran\n2. Program Peningkatan Sarana dan Prasarana Aparatur\n',
        [('Program Pemberdayaan Sosial', None, None, None, []), ('Program Rehabilitasi Sosial', None, None, None, []), ('Program Pelayanan Administrasi Perkantoran', None, None, None, []), ('Program Peningkatan Sarana dan Prasarana Aparatur', None, None, None, [])],
        [('program_group', None, 'Program Pokok Urusan Sosial', 0), ('program', '1.', 'Program Pemberdayaan Sosial', 1), ('program', '2.', 'Program Rehabilitasi Sosial', 1), ('program_group', None, 'Program Penunjang', 0), ('program', '1.', 'Program Pelayanan Administrasi Perkantoran', 1), ('program', '2.', 'Program Peningkatan Sarana dan Prasarana Aparatur', 1)],
        id='group_urusan_tail'),
    # a. Program Pokok / b. Program Penunjang (no group node before)
    pytest.param(
        'a. Program Pokok\n   1. Program Pemberdayaan Sosial\n   2. Program Rehabilitasi Sosial\nb. Program Penunjang\n   1. Program Pelayanan Administrasi Perkantoran\n   2. Program Peningkatan Sarana dan Prasarana Aparatur\n',
        [('Program Pemberdayaan Sosial', None, None, None, []), ('Program Rehabilitasi Sosial', None, None, None, []), ('Program Pelayanan Administrasi Perkantoran', None, None, None, []), ('Program Peningkatan Sarana dan Prasarana Aparatur', None, None, None, [])],
        [('program_group', 'a.', 'Program Pokok', 0), ('program', '1.', 'Program Pemberdayaan Sosial', 1), ('program', '2.', 'Program Rehabilitasi Sosial', 1), ('program_group', 'b.', 'Program Penunjang', 0), ('program', '1.', 'Program Pelayanan Administrasi Perkantoran', 1), ('program', '2.', 'Program Peningkatan Sarana dan Prasarana Aparatur', 1)],
        id='group_lower_letters'),
    # I. PROGRAM WAJIB over A./B. programs with Pagu and Realisasi lines (no group node before)
    pytest.param(
        'I. PROGRAM WAJIB\n   A. PROGRAM PEMBERDAYAAN SOSIAL\n      Pagu : Rp 500.000.000\n      Realisasi : Rp 480.000.000\n   B. PROGRAM REHABILITASI SOSIAL\n      Pagu : Rp 750.000.000\n      Realisasi : Rp 700.000.000\nII. PROGRAM PENUNJANG\n   A. PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN\n      Pagu : Rp 300.000.000\n      Realisasi : Rp 290.000.000\n',
        [('PROGRAM PEMBERDAYAAN SOSIAL', 500000000.0, 480000000.0, None, []), ('PROGRAM REHABILITASI SOSIAL', 750000000.0, 700000000.0, None, []), ('PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN', 300000000.0, 290000000.0, None, [])],
        [('program_group', 'I.', 'PROGRAM WAJIB', 0), ('program', 'A.', 'PROGRAM PEMBERDAYAAN SOSIAL', 1), ('program', 'B.', 'PROGRAM REHABILITASI SOSIAL', 1), ('program_group', 'II.', 'PROGRAM PENUNJANG', 0), ('program', 'A.', 'PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN', 1)],
        id='group_roman_over_capital_letters'),
    # unlabelled groups over dashed programs (the second heading was a program and the second group twice before)
    pytest.param(
        'Program Pokok\n- Program Pemberdayaan Sosial\n- Program Rehabilitasi Sosial\n- Program Perlindungan dan Jaminan Sosial\nProgram Penunjang\n- Program Pelayanan Administrasi Perkantoran\n- Program Peningkatan Disiplin Aparatur\n',
        [('Program Pemberdayaan Sosial', None, None, None, []), ('Program Rehabilitasi Sosial', None, None, None, []), ('Program Perlindungan dan Jaminan Sosial', None, None, None, []), ('Program Pelayanan Administrasi Perkantoran', None, None, None, []), ('Program Peningkatan Disiplin Aparatur', None, None, None, [])],
        [('program_group', None, 'Program Pokok', 0), ('program', '-', 'Program Pemberdayaan Sosial', 1), ('program', '-', 'Program Rehabilitasi Sosial', 1), ('program', '-', 'Program Perlindungan dan Jaminan Sosial', 1), ('program_group', None, 'Program Penunjang', 0), ('program', '-', 'Program Pelayanan Administrasi Perkantoran', 1), ('program', '-', 'Program Peningkatan Disiplin Aparatur', 1)],
        id='group_bullets'),
    # B. PROGRAM PRIORITAS over a list of RPJMD goals: no program, no node (right before)
    pytest.param(
        'B. PROGRAM PRIORITAS\nDalam RPJMD 2021-2026 ditetapkan sasaran pembangunan kesejahteraan sosial:\n1. Meningkatnya kualitas hidup PMKS;\n2. Menurunnya angka kemiskinan ekstrem;\n3. Meningkatnya ketahanan sosial masyarakat.\n',
        [],
        [],
        id='control_group_over_goals'),
    # program pokok / penunjang named in sentences (Peningkatan Disiplin Aparatur was cut at Disiplin and lost before)
    pytest.param(
        'Urusan Sosial pada tahun 2020 dilaksanakan melalui 3 program pokok dan 2 program penunjang. Program pokok terdiri dari Program Pemberdayaan Sosial, Program Rehabilitasi Sosial dan Program Perlindungan dan Jaminan Sosial. Program penunjang terdiri dari Program Pelayanan Administrasi Perkantoran dan Program Peningkatan Disiplin Aparatur.\n',
        [('Program Pemberdayaan Sosial', None, None, None, []), ('Program Rehabilitasi Sosial', None, None, None, []), ('Program Perlindungan dan Jaminan Sosial', None, None, None, []), ('Program Pelayanan Administrasi Perkantoran', None, None, None, []), ('Program Peningkatan Disiplin Aparatur', None, None, None, [])],
        [],
        id='prose_groups_in_sentences'),
    # 'Program : X' form lines, labelled figures (no program before)
    pytest.param(
        'Program : Perlindungan dan Jaminan Sosial\nPagu Anggaran : Rp 640.000.000\nRealisasi : Rp 608.000.000\nPersentase : 95%\n\nProgram : Penanganan Bencana\nPagu Anggaran : Rp 150.000.000\nRealisasi : Rp 135.000.000\nPersentase : 90%\n',
        [('Perlindungan dan Jaminan Sosial', 640000000.0, 608000000.0, 95.0, []), ('Penanganan Bencana', 150000000.0, 135000000.0, 90.0, [])],
        [('program', None, 'Perlindungan dan Jaminan Sosial', 0), ('program', None, 'Penanganan Bencana', 0)],
        id='label_program_colon'),
    # 'PROGRAM 1: X' headings in capitals, figures in the next sentence (no program before)
    pytest.param(
        'PROGRAM 1: PEMBERDAYAAN SOSIAL\nAnggaran sebesar Rp 300.000.000 terealisasi Rp 285.000.000 atau 95%.\nPROGRAM 2: REHABILITASI SOSIAL\nAnggaran sebesar Rp 900.000.000 terealisasi Rp 810.000.000 atau 90%.\nPROGRAM 3: PENANGANAN BENCANA\nAnggaran sebesar Rp 120.000.000 terealisasi Rp 120.000.000 atau 100%.\n',
        [('PEMBERDAYAAN SOSIAL', 300000000.0, 285000000.0, 95.0, []), ('REHABILITASI SOSIAL', 900000000.0, 810000000.0, 90.0, []), ('PENANGANAN BENCANA', 120000000.0, 120000000.0, 100.0, [])],
        [('program', 'PROGRAM 1', 'PEMBERDAYAAN SOSIAL', 0), ('program', 'PROGRAM 2', 'REHABILITASI SOSIAL', 0), ('program', 'PROGRAM 3', 'PENANGANAN BENCANA', 0)],
        id='label_numbered_caps'),
    # 'Program 1 : Program X' (a program named 'Program' before, no outline node)
    pytest.param(
        'Program 1 : Program Pemberdayaan Sosial\nProgram 2 : Program Rehabilitasi Sosial\nProgram 3 : Program Perlindungan dan Jaminan Sosial\n',
        [('Program Pemberdayaan Sosial', None, None, None, []), ('Program Rehabilitasi Sosial', None, None, None, []), ('Program Perlindungan dan Jaminan Sosial', None, None, None, [])],
        [('program', 'Program 1', 'Program Pemberdayaan Sosial', 0), ('program', 'Program 2', 'Program Rehabilitasi Sosial', 0), ('program', 'Program 3', 'Program Perlindungan dan Jaminan Sosial', 0)],
        id='label_numbered_then_name'),
    # 'Program<TAB>: X' form with Sasaran, Pagu and Realisasi lines (no program before)
    pytest.param(
        'Program\t: Pemberdayaan Sosial\nSasaran\t: Meningkatnya kemandirian PMKS\nPagu\t: Rp 275.000.000\nRealisasi\t: Rp 261.250.000 (95,00%)\n\nProgram\t: Rehabilitasi Sosial\nSasaran\t: Meningkatnya pelayanan bagi PPKS\nPagu\t: Rp 640.000.000\nRealisasi\t: Rp 576.000.000 (90,00%)\n',
        [('Pemberdayaan Sosial', 275000000.0, 261250000.0, 95.0, []), ('Rehabilitasi Sosial', 640000000.0, 576000000.0, 90.0, [])],
        [('program', None, 'Pemberdayaan Sosial', 0), ('program', None, 'Rehabilitasi Sosial', 0)],
        id='label_tabbed'),
    # 'NAMA PROGRAM : X' in capitals, labelled figures without a percentage (no program before)
    pytest.param(
        'NAMA PROGRAM : PEMBERDAYAAN SOSIAL\nPAGU : Rp 350.000.000\nREALISASI : Rp 332.500.000\n\nNAMA PROGRAM : REHABILITASI SOSIAL\nPAGU : Rp 900.000.000\nREALISASI : Rp 810.000.000\n',
        [('PEMBERDAYAAN SOSIAL', 350000000.0, 332500000.0, None, []), ('REHABILITASI SOSIAL', 900000000.0, 810000000.0, None, [])],
        [('program', None, 'PEMBERDAYAAN SOSIAL', 0), ('program', None, 'REHABILITASI SOSIAL', 0)],
        id='label_nama_program_caps'),
    # mission list, 'Indikator Program:', 'Program: Program yang ...': no program (right before)
    pytest.param(
        'Misi Kabupaten:\n1. Mewujudkan tata kelola pemerintahan yang baik;\n2. Meningkatkan kesejahteraan sosial masyarakat;\n3. Meningkatkan kualitas sumber daya manusia.\nTujuan: Meningkatnya kualitas hidup penyandang masalah kesejahteraan sosial.\nSasaran: Menurunnya jumlah PMKS.\nIndikator Program: Persentase PMKS yang tertangani.\nProgram: Program yang mendukung sasaran ini dijabarkan dalam Renstra.\n',
        [],
        [],
        id='control_label_goals'),
    # '1 06 02 Program ...' (figures on the next line were lost before)
    pytest.param(
        '1 06 02 Program Pemberdayaan Sosial\nPagu Rp 450.000.000, realisasi Rp 427.500.000 (95,00%)\n1 06 04 Program Rehabilitasi Sosial\nPagu Rp 1.200.000.000, realisasi Rp 1.080.000.000 (90,00%)\n',
        [('Program Pemberdayaan Sosial', 450000000.0, 427500000.0, 95.0, []), ('Program Rehabilitasi Sosial', 1200000000.0, 1080000000.0, 90.0, [])],
        [('program', '1 06 02', 'Program Pemberdayaan Sosial', 0), ('program', '1 06 04', 'Program Rehabilitasi Sosial', 0)],
        id='code_spaced'),
    # 'X.XX.02 PROGRAM ...' (no outline node before)
    pytest.param(
        'X.XX.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA\nX.XX.02 PROGRAM PEMBERDAYAAN SOSIAL\nX.XX.04 PROGRAM REHABILITASI SOSIAL\n',
        [('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', None, None, None, []), ('PROGRAM PEMBERDAYAAN SOSIAL', None, None, None, []), ('PROGRAM REHABILITASI SOSIAL', None, None, None, [])],
        [('program', 'X.XX.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 0), ('program', 'X.XX.02', 'PROGRAM PEMBERDAYAAN SOSIAL', 0), ('program', 'X.XX.04', 'PROGRAM REHABILITASI SOSIAL', 0)],
        id='code_open_urusan'),
    # '1.06.02. Program ...' with '1.06.02.2.01.' kegiatan (right before)
    pytest.param(
        '1.06.02. Program Pemberdayaan Sosial\n   1.06.02.2.01. Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)\n   1.06.02.2.02. Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota\n1.06.04. Program Rehabilitasi Sosial\n   1.06.04.2.01. Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di Dalam Panti\n',
        [('Program Pemberdayaan Sosial', None, None, None, ['Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)', 'Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota']), ('Program Rehabilitasi Sosial', None, None, None, ['Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di Dalam Panti'])],
        [('program', '1.06.02', 'Program Pemberdayaan Sosial', 0), ('program', '1.06.04', 'Program Rehabilitasi Sosial', 0)],
        id='code_trailing_dot'),
    # 'Program A (1.06.02)' heading its figures (no budget before)
    pytest.param(
        'Program Pemberdayaan Sosial (1.06.02)\nAnggaran Rp 300.000.000 dengan realisasi Rp 285.000.000 atau 95%.\nProgram Rehabilitasi Sosial (1.06.04)\nAnggaran Rp 800.000.000 dengan realisasi Rp 760.000.000 atau 95%.\n',
        [('Program Pemberdayaan Sosial', 300000000.0, 285000000.0, 95.0, []), ('Program Rehabilitasi Sosial', 800000000.0, 760000000.0, 95.0, [])],
        [('program', None, 'Program Pemberdayaan Sosial', 0), ('program', None, 'Program Rehabilitasi Sosial', 0)],
        id='code_after_name'),
    # 'Kode Program 1.06.02 - Program ...' (a program named 'Program' before, no outline node)
    pytest.param(
        'Kode Program 1.06.02 - Program Pemberdayaan Sosial\nKode Program 1.06.04 - Program Rehabilitasi Sosial\nKode Program 1.06.05 - Program Perlindungan dan Jaminan Sosial\n',
        [('Program Pemberdayaan Sosial', None, None, None, []), ('Program Rehabilitasi Sosial', None, None, None, []), ('Program Perlindungan dan Jaminan Sosial', None, None, None, [])],
        [('program', '1.06.02', 'Program Pemberdayaan Sosial', 0), ('program', '1.06.04', 'Program Rehabilitasi Sosial', 0), ('program', '1.06.05', 'Program Perlindungan dan Jaminan Sosial', 0)],
        id='code_kode_program'),
    # '[1.06.02] PROGRAM ...' (no budget before)
    pytest.param(
        '[1.06.02] PROGRAM PEMBERDAYAAN SOSIAL\nPagu anggaran Rp 500.000.000 terealisasi Rp 475.000.000 (95%)\n[1.06.04] PROGRAM REHABILITASI SOSIAL\nPagu anggaran Rp 600.000.000 terealisasi Rp 540.000.000 (90%)\n',
        [('PROGRAM PEMBERDAYAAN SOSIAL', 500000000.0, 475000000.0, 95.0, []), ('PROGRAM REHABILITASI SOSIAL', 600000000.0, 540000000.0, 90.0, [])],
        [('program', '1.06.02', 'PROGRAM PEMBERDAYAAN SOSIAL', 0), ('program', '1.06.04', 'PROGRAM REHABILITASI SOSIAL', 0)],
        id='code_bracketed'),
    # Permendagri 13/2006 codes '1.13.1.13.15' (right before)
    pytest.param(
        '1.13.1.13.15 Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya\n1.13.1.13.16 Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial\n1.13.1.13.17 Program Pembinaan Anak Terlantar\n',
        [('Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya', None, None, None, []), ('Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial', None, None, None, []), ('Program Pembinaan Anak Terlantar', None, None, None, [])],
        [('program', '1.13.1.13.15', 'Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya', 0), ('program', '1.13.1.13.16', 'Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial', 0), ('program', '1.13.1.13.17', 'Program Pembinaan Anak Terlantar', 0)],
        id='code_permendagri13'),
    # '1.06.02 - Program ...' (activity nodes before)
    pytest.param(
        '1.06.02 - Program Pemberdayaan Sosial\n1.06.04 - Program Rehabilitasi Sosial\n1.06.05 - Program Perlindungan dan Jaminan Sosial\n',
        [('Program Pemberdayaan Sosial', None, None, None, []), ('Program Rehabilitasi Sosial', None, None, None, []), ('Program Perlindungan dan Jaminan Sosial', None, None, None, [])],
        [('program', '1.06.02', 'Program Pemberdayaan Sosial', 0), ('program', '1.06.04', 'Program Rehabilitasi Sosial', 0), ('program', '1.06.05', 'Program Perlindungan dan Jaminan Sosial', 0)],
        id='code_dash'),
    # '1. Program A (1.06.04)' (the code was in the name before)
    pytest.param(
        '1. Program Rehabilitasi Sosial (1.06.04)\n   Pagu Rp 1.000.000.000, realisasi Rp 900.000.000 (90%).\n2. Program Penanganan Bencana (1.06.06)\n   Pagu Rp 150.000.000, realisasi Rp 135.000.000 (90%).\n',
        [('Program Rehabilitasi Sosial', 1000000000.0, 900000000.0, 90.0, []), ('Program Penanganan Bencana', 150000000.0, 135000000.0, 90.0, [])],
        [('program', '1.', 'Program Rehabilitasi Sosial', 0), ('program', '2.', 'Program Penanganan Bencana', 0)],
        id='code_after_numbered_name'),
    # a pipe table whose rows are programs and their kegiatan: each program's budget from its own row (right before)
    pytest.param(
        'Tabel 3.4 Realisasi Program dan Kegiatan Dinas Sosial Tahun 2022\n| Program/Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |\n|---|---|---|---|\n| Program Pemberdayaan Sosial | 450.000.000 | 427.500.000 | 95,00 |\n| Pemberdayaan Sosial Komunitas Adat Terpencil (KAT) | 200.000.000 | 190.000.000 | 95,00 |\n| Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota | 250.000.000 | 237.500.000 | 95,00 |\n| Program Rehabilitasi Sosial | 1.000.000.000 | 900.000.000 | 90,00 |\n| Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti | 600.000.000 | 540.000.000 | 90,00 |\n| Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti | 400.000.000 | 360.000.000 | 90,00 |\n| Jumlah | 1.450.000.000 | 1.327.500.000 | 91,55 |\n',
        [('Program Pemberdayaan Sosial', 450000000.0, 427500000.0, 95.0, ['Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)', 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota']), ('Program Rehabilitasi Sosial', 1000000000.0, 900000000.0, 90.0, ['Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti', 'Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti'])],
        [('program', '1', 'Program Pemberdayaan Sosial', 0), ('program', '2', 'Program Rehabilitasi Sosial', 0)],
        id='table_pipe_program_kegiatan_rows'),
    # program rows lettered A, B, kegiatan rows numbered (read as prose, the names ending in '|', before)
    pytest.param(
        '| No | Program / Kegiatan | Anggaran | Realisasi | Capaian (%) |\n|----|--------------------|----------|-----------|-------------|\n| A | PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL | 640.000.000 | 608.000.000 | 95,00 |\n| 1 | Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota | 240.000.000 | 228.000.000 | 95,00 |\n| 2 | Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota | 400.000.000 | 380.000.000 | 95,00 |\n| B | PROGRAM PENANGANAN BENCANA | 150.000.000 | 135.000.000 | 90,00 |\n| 1 | Pelayanan Penyelamatan dan Evakuasi Korban Bencana Alam | 150.000.000 | 135.000.000 | 90,00 |\n',
        [('PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL', 640000000.0, 608000000.0, 95.0, ['Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota']), ('PROGRAM PENANGANAN BENCANA', 150000000.0, 135000000.0, 90.0, ['Pelayanan Penyelamatan dan Evakuasi Korban Bencana Alam'])],
        [('program', 'A', 'PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL', 0), ('program', 'B', 'PROGRAM PENANGANAN BENCANA', 0)],
        id='table_lettered_program_rows'),
    # tab-laid rows, 'Kegiatan ...' rows indented under each program (right before)
    pytest.param(
        'Program/Kegiatan\tPagu\tRealisasi\t%\nProgram Pemberdayaan Sosial\t450.000.000\t427.500.000\t95,00\n  Kegiatan Pemberdayaan Sosial KAT\t200.000.000\t190.000.000\t95,00\n  Kegiatan Pengembangan Potensi Sumber Kesejahteraan Sosial\t250.000.000\t237.500.000\t95,00\nProgram Rehabilitasi Sosial\t1.000.000.000\t900.000.000\t90,00\n  Kegiatan Rehabilitasi Sosial Dasar Anak Terlantar\t1.000.000.000\t900.000.000\t90,00\n',
        [('Program Pemberdayaan Sosial', 450000000.0, 427500000.0, 95.0, ['Pemberdayaan Sosial KAT', 'Pengembangan Potensi Sumber Kesejahteraan Sosial']), ('Program Rehabilitasi Sosial', 1000000000.0, 900000000.0, 90.0, ['Rehabilitasi Sosial Dasar Anak Terlantar'])],
        [('program', '1', 'Program Pemberdayaan Sosial', 0), ('program', '2', 'Program Rehabilitasi Sosial', 0)],
        id='table_tabbed_kegiatan_rows'),
    # bold program rows with a 'Sisa' column (right before)
    pytest.param(
        '| Uraian | Anggaran (Rp) | Realisasi (Rp) | Sisa (Rp) | % |\n|---|---|---|---|---|\n| **Program Pemberdayaan Sosial** | **450.000.000** | **427.500.000** | **22.500.000** | **95,00** |\n| Pemberdayaan Sosial Komunitas Adat Terpencil (KAT) | 450.000.000 | 427.500.000 | 22.500.000 | 95,00 |\n| **Program Rehabilitasi Sosial** | **1.000.000.000** | **900.000.000** | **100.000.000** | **90,00** |\n| Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti | 1.000.000.000 | 900.000.000 | 100.000.000 | 90,00 |\n',
        [('Program Pemberdayaan Sosial', 450000000.0, 427500000.0, 95.0, ['Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)']), ('Program Rehabilitasi Sosial', 1000000000.0, 900000000.0, 90.0, ['Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti'])],
        [('program', '1', 'Program Pemberdayaan Sosial', 0), ('program', '2', 'Program Rehabilitasi Sosial', 0)],
        id='table_bold_program_rows'),
    # indicator columns before the budget's: the budget from 'Anggaran' and the 'Realisasi (Rp)' after it (right before)
    pytest.param(
        '| Kode | Uraian | Target Kinerja | Realisasi Kinerja | Anggaran (Rp) | Realisasi (Rp) | % |\n|---|---|---|---|---|---|---|\n| 1.06.02 | Program Pemberdayaan Sosial | 100% | 95% | 450.000.000 | 427.500.000 | 95,00 |\n| 1.06.02.2.01 | Pemberdayaan Sosial KAT | 20 KK | 20 KK | 450.000.000 | 427.500.000 | 95,00 |\n| 1.06.04 | Program Rehabilitasi Sosial | 100% | 90% | 1.000.000.000 | 900.000.000 | 90,00 |\n| 1.06.04.2.01 | Rehabilitasi Sosial Dasar Anak Terlantar | 50 anak | 45 anak | 1.000.000.000 | 900.000.000 | 90,00 |\n',
        [('Program Pemberdayaan Sosial', 450000000.0, 427500000.0, 95.0, ['Pemberdayaan Sosial KAT']), ('Program Rehabilitasi Sosial', 1000000000.0, 900000000.0, 90.0, ['Rehabilitasi Sosial Dasar Anak Terlantar'])],
        [('program', '1.06.02', 'Program Pemberdayaan Sosial', 0), ('program', '1.06.04', 'Program Rehabilitasi Sosial', 0)],
        id='table_performance_and_budget_columns'),
    # '(dalam ribuan rupiah)' in the caption (right before)
    pytest.param(
        'Tabel 2. Anggaran Program (dalam ribuan rupiah)\n| No | Program | Pagu | Realisasi | % |\n|---|---|---|---|---|\n| 1 | Program Pemberdayaan Sosial | 450.000 | 427.500 | 95,00 |\n| 2 | Program Rehabilitasi Sosial | 1.000.000 | 900.000 | 90,00 |\n',
        [('Program Pemberdayaan Sosial', 450000000.0, 427500000.0, 95.0, []), ('Program Rehabilitasi Sosial', 1000000000.0, 900000000.0, 90.0, [])],
        [('program', '1', 'Program Pemberdayaan Sosial', 0), ('program', '2', 'Program Rehabilitasi Sosial', 0)],
        id='table_thousands'),
    # '**PROGRAM POKOK**' rows in the table are no programs (right before)
    pytest.param(
        '| No | Program/Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |\n|---|---|---|---|---|\n| | **PROGRAM POKOK** | | | |\n| 1 | Program Pemberdayaan Sosial | 450.000.000 | 427.500.000 | 95,00 |\n| 2 | Program Rehabilitasi Sosial | 1.000.000.000 | 900.000.000 | 90,00 |\n| | **PROGRAM PENUNJANG** | | | |\n| 3 | Program Pelayanan Administrasi Perkantoran | 800.000.000 | 760.000.000 | 95,00 |\n',
        [('Program Pemberdayaan Sosial', 450000000.0, 427500000.0, 95.0, []), ('Program Rehabilitasi Sosial', 1000000000.0, 900000000.0, 90.0, []), ('Program Pelayanan Administrasi Perkantoran', 800000000.0, 760000000.0, 95.0, [])],
        [('program', '1', 'Program Pemberdayaan Sosial', 0), ('program', '2', 'Program Rehabilitasi Sosial', 0), ('program', '3', 'Program Pelayanan Administrasi Perkantoran', 0)],
        id='table_group_rows'),
    # 'Total anggaran program ini ...' after the kegiatan list (right before)
    pytest.param(
        '1. Program Pemberdayaan Sosial\n   Kegiatan yang dilaksanakan:\n   a. Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)\n   b. Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota\n   Total anggaran program ini sebesar Rp 450.000.000 dengan realisasi Rp 427.500.000 atau 95%.\n2. Program Rehabilitasi Sosial\n   Kegiatan yang dilaksanakan:\n   a. Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti\n   b. Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti\n   Total anggaran program ini sebesar Rp 1.000.000.000 dengan realisasi Rp 900.000.000 atau 90%.\n',
        [('Program Pemberdayaan Sosial', 450000000.0, 427500000.0, 95.0, ['Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)', 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota']), ('Program Rehabilitasi Sosial', 1000000000.0, 900000000.0, 90.0, ['Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti', 'Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti'])],
        [('program', '1.', 'Program Pemberdayaan Sosial', 0), ('program', '2.', 'Program Rehabilitasi Sosial', 0)],
        id='budget_after_kegiatan'),
    # kegiatan with their own figures, then 'Jumlah pagu program ...' (no activities, the first kegiatan's figures as the program's before)
    pytest.param(
        'a. Program Perlindungan dan Jaminan Sosial\n   - Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota: pagu Rp 240.000.000, realisasi Rp 228.000.000 (95%)\n   - Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota: pagu Rp 400.000.000, realisasi Rp 380.000.000 (95%)\n   Jumlah pagu program Rp 640.000.000, realisasi Rp 608.000.000 (95%).\nb. Program Penanganan Bencana\n   - Pelayanan Penyelamatan dan Evakuasi Korban Bencana Alam: pagu Rp 150.000.000, realisasi Rp 135.000.000 (90%)\n   Jumlah pagu program Rp 150.000.000, realisasi Rp 135.000.000 (90%).\n',
        [('Program Perlindungan dan Jaminan Sosial', 640000000.0, 608000000.0, 95.0, ['Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota']), ('Program Penanganan Bencana', 150000000.0, 135000000.0, 90.0, ['Pelayanan Penyelamatan dan Evakuasi Korban Bencana Alam'])],
        [('program', 'a.', 'Program Perlindungan dan Jaminan Sosial', 0), ('program', 'b.', 'Program Penanganan Bencana', 0)],
        id='budget_jumlah_pagu_program'),
    # kegiatan with their own figures and no program total: no budget (the first kegiatan's figures before)
    pytest.param(
        'a. Program Perlindungan dan Jaminan Sosial\n   - Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota: pagu Rp 240.000.000, realisasi Rp 228.000.000 (95%)\n   - Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota: pagu Rp 400.000.000, realisasi Rp 380.000.000 (95%)\nb. Program Penanganan Bencana\n   - Pelayanan Penyelamatan dan Evakuasi Korban Bencana Alam: pagu Rp 150.000.000, realisasi Rp 135.000.000 (90%)\n',
        [('Program Perlindungan dan Jaminan Sosial', None, None, None, ['Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota']), ('Program Penanganan Bencana', None, None, None, ['Pelayanan Penyelamatan dan Evakuasi Korban Bencana Alam'])],
        [('program', 'a.', 'Program Perlindungan dan Jaminan Sosial', 0), ('program', 'b.', 'Program Penanganan Bencana', 0)],
        id='kegiatan_own_figures_no_total'),
    # 'Dari 2 kegiatan tersebut, total anggaran ...' after dashed kegiatan (right before)
    pytest.param(
        'PROGRAM PELAYANAN DAN REHABILITASI KESEJAHTERAAN SOSIAL\nKegiatan yang dilaksanakan:\n- Pelayanan Sosial Lanjut Usia\n- Pelayanan Sosial Anak Terlantar\nDari 2 kegiatan tersebut, total anggaran Rp 620.000.000 terealisasi Rp 589.000.000 atau 95%.\n\nPROGRAM PEMBINAAN ANAK TERLANTAR\nKegiatan yang dilaksanakan:\n- Pembinaan Anak Jalanan\nDari kegiatan tersebut, total anggaran Rp 120.000.000 terealisasi Rp 108.000.000 atau 90%.\n',
        [('PROGRAM PELAYANAN DAN REHABILITASI KESEJAHTERAAN SOSIAL', 620000000.0, 589000000.0, 95.0, ['Pelayanan Sosial Lanjut Usia', 'Pelayanan Sosial Anak Terlantar']), ('PROGRAM PEMBINAAN ANAK TERLANTAR', 120000000.0, 108000000.0, 90.0, ['Pembinaan Anak Jalanan'])],
        [('program', None, 'PROGRAM PELAYANAN DAN REHABILITASI KESEJAHTERAAN SOSIAL', 0), ('program', None, 'PROGRAM PEMBINAAN ANAK TERLANTAR', 0)],
        id='budget_dari_kegiatan_tersebut'),
    # numbered 'Kegiatan ...' lines with figures, then 'Secara keseluruhan Program A menyerap ...' (right before)
    pytest.param(
        '1. Program Rehabilitasi Sosial, dengan kegiatan sebagai berikut:\n   1) Kegiatan Rehabilitasi Sosial Dasar Anak Terlantar, anggaran Rp 300.000.000, realisasi Rp 285.000.000 (95%);\n   2) Kegiatan Rehabilitasi Sosial Dasar Lanjut Usia Terlantar, anggaran Rp 200.000.000, realisasi Rp 180.000.000 (90%).\n   Secara keseluruhan Program Rehabilitasi Sosial menyerap anggaran Rp 465.000.000 dari pagu Rp 500.000.000 atau 93%.\n2. Program Penanganan Bencana, dengan kegiatan sebagai berikut:\n   1) Kegiatan Perlindungan Sosial Korban Bencana Alam, anggaran Rp 100.000.000, realisasi Rp 100.000.000 (100%).\n   Secara keseluruhan Program Penanganan Bencana menyerap anggaran Rp 100.000.000 dari pagu Rp 100.000.000 atau 100%.\n',
        [('Program Rehabilitasi Sosial', 500000000.0, 465000000.0, 93.0, ['Rehabilitasi Sosial Dasar Anak Terlantar', 'Rehabilitasi Sosial Dasar Lanjut Usia Terlantar']), ('Program Penanganan Bencana', 100000000.0, 100000000.0, 100.0, ['Perlindungan Sosial Korban Bencana Alam'])],
        [('program', '1.', 'Program Rehabilitasi Sosial', 0), ('program', '2.', 'Program Penanganan Bencana', 0)],
        id='budget_secara_keseluruhan'),
    # 'Kegiatan-kegiatan ... antara lain: 1) A 2) B 3) C.' (one activity with the markers before)
    pytest.param(
        '1) Program Rehabilitasi Sosial\nKegiatan-kegiatan yang dilaksanakan antara lain: 1) Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti 2) Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti 3) Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di Dalam Panti. Pagu program sebesar Rp 1.500.000.000 terealisasi Rp 1.425.000.000 (95%).\n2) Program Penanganan Bencana\nKegiatan-kegiatan yang dilaksanakan antara lain: 1) Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota 2) Penanganan Warga Negara Migran Korban Tindak Kekerasan. Pagu program sebesar Rp 300.000.000 terealisasi Rp 270.000.000 (90%).\n',
        [('Program Rehabilitasi Sosial', 1500000000.0, 1425000000.0, 95.0, ['Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti', 'Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti', 'Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar di Dalam Panti']), ('Program Penanganan Bencana', 300000000.0, 270000000.0, 90.0, ['Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', 'Penanganan Warga Negara Migran Korban Tindak Kekerasan'])],
        [('program', '1)', 'Program Rehabilitasi Sosial', 0), ('program', '2)', 'Program Penanganan Bencana', 0)],
        id='enumeration_inline_numparen'),
    # 'melalui kegiatan-kegiatan antara lain: a) A, b) B, dan c) C.' (one activity from '-kegiatan' before)
    pytest.param(
        'Program Pemberdayaan Sosial dilaksanakan melalui kegiatan-kegiatan antara lain: a) Pemberdayaan Sosial Komunitas Adat Terpencil (KAT), b) Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota, dan c) Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota.\n',
        [('Program Pemberdayaan Sosial', None, None, None, ['Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)', 'Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota', 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota'])],
        [],
        id='enumeration_inline_letters'),
    # '(1) A; (2) B; dan (3) C.' then 'Jumlah pagu program ...' (right before)
    pytest.param(
        'Program Pemberdayaan Sosial\nKegiatan-kegiatan yang dilaksanakan antara lain: (1) Pemberdayaan Sosial Komunitas Adat Terpencil (KAT); (2) Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota; dan (3) Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota.\nJumlah pagu program sebesar Rp 600.000.000 dengan realisasi Rp 570.000.000 atau 95%.\n\nProgram Rehabilitasi Sosial\nKegiatan-kegiatan yang dilaksanakan antara lain: (1) Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti; dan (2) Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti.\nJumlah pagu program sebesar Rp 1.200.000.000 dengan realisasi Rp 1.080.000.000 atau 90%.\n',
        [('Program Pemberdayaan Sosial', 600000000.0, 570000000.0, 95.0, ['Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)', 'Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota', 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota']), ('Program Rehabilitasi Sosial', 1200000000.0, 1080000000.0, 90.0, ['Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti', 'Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti'])],
        [('program', None, 'Program Pemberdayaan Sosial', 0), ('program', None, 'Program Rehabilitasi Sosial', 0)],
        id='enumeration_inline_parens'),
    # roman numerals, names in capitals broken before 'DAN' (cut at the first line before)
    pytest.param(
        'II. PROGRAM PEMBERDAYAAN FAKIR MISKIN, KOMUNITAS ADAT TERPENCIL (KAT)\n    DAN PENYANDANG MASALAH KESEJAHTERAAN SOSIAL (PMKS) LAINNYA\n    Pagu Rp 2.000.000.000, realisasi Rp 1.800.000.000 (90%).\nIII. PROGRAM PELAYANAN DAN REHABILITASI\n     KESEJAHTERAAN SOSIAL\n     Pagu Rp 800.000.000, realisasi Rp 760.000.000 (95%).\nIV. PROGRAM PEMBINAAN PARA PENYANDANG CACAT DAN TRAUMA\n     Pagu Rp 300.000.000, realisasi Rp 285.000.000 (95%).\n',
        [('PROGRAM PEMBERDAYAAN FAKIR MISKIN, KOMUNITAS ADAT TERPENCIL (KAT) DAN PENYANDANG MASALAH KESEJAHTERAAN SOSIAL (PMKS) LAINNYA', 2000000000.0, 1800000000.0, 90.0, []), ('PROGRAM PELAYANAN DAN REHABILITASI KESEJAHTERAAN SOSIAL', 800000000.0, 760000000.0, 95.0, []), ('PROGRAM PEMBINAAN PARA PENYANDANG CACAT DAN TRAUMA', 300000000.0, 285000000.0, 95.0, [])],
        [('program', 'II.', 'PROGRAM PEMBERDAYAAN FAKIR MISKIN, KOMUNITAS ADAT TERPENCIL (KAT) DAN PENYANDANG MASALAH KESEJAHTERAAN SOSIAL (PMKS) LAINNYA', 0), ('program', 'III.', 'PROGRAM PELAYANAN DAN REHABILITASI KESEJAHTERAAN SOSIAL', 0), ('program', 'IV.', 'PROGRAM PEMBINAAN PARA PENYANDANG CACAT DAN TRAUMA', 0)],
        id='roman_caps_broken_before_dan'),
    # a table of contents' lines name the programs before the body does (the contents' lines were the program list before: names with dot leaders, no budgets)
    pytest.param(
        'DAFTAR ISI\n4.1 Program Pemberdayaan Sosial ........................ 45\n4.2 Program Rehabilitasi Sosial ......................... 48\n4.3 Program Penanganan Bencana .......................... 52\n\nBAB IV\nREALISASI PROGRAM\n4.1 Program Pemberdayaan Sosial\nPagu anggaran Rp 450.000.000 dengan realisasi Rp 427.500.000 atau 95%.\n4.2 Program Rehabilitasi Sosial\nPagu anggaran Rp 1.000.000.000 dengan realisasi Rp 900.000.000 atau 90%.\n4.3 Program Penanganan Bencana\nPagu anggaran Rp 150.000.000 dengan realisasi Rp 135.000.000 atau 90%.\n',
        [('Program Pemberdayaan Sosial', 450000000.0, 427500000.0, 95.0, []), ('Program Rehabilitasi Sosial', 1000000000.0, 900000000.0, 90.0, []), ('Program Penanganan Bencana', 150000000.0, 135000000.0, 90.0, [])],
        [('program', '4.1', 'Program Pemberdayaan Sosial', 1), ('program', '4.2', 'Program Rehabilitasi Sosial', 1), ('program', '4.3', 'Program Penanganan Bencana', 1)],
        id='toc_then_body'),
    # a program named in passing after the list is not one of the list (right before)
    pytest.param(
        '1. Program Pemberdayaan Sosial\n   Pagu Rp 450.000.000, realisasi Rp 427.500.000 (95%).\n2. Program Rehabilitasi Sosial\n   Pagu Rp 1.000.000.000, realisasi Rp 900.000.000 (90%).\nSelain itu, Dinas Sosial juga mendampingi penyaluran Program Keluarga Harapan (PKH) dari Kementerian Sosial kepada 12.000 KPM.\n',
        [('Program Pemberdayaan Sosial', 450000000.0, 427500000.0, 95.0, []), ('Program Rehabilitasi Sosial', 1000000000.0, 900000000.0, 90.0, [])],
        [('program', '1.', 'Program Pemberdayaan Sosial', 0), ('program', '2.', 'Program Rehabilitasi Sosial', 0)],
        id='control_list_and_passing_mention'),
    # 'Program : X' with 'Kegiatan : 1. A' and its continuation line (no program before)
    pytest.param(
        'Program : Rehabilitasi Sosial\nKegiatan : 1. Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti\n           2. Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti\nPagu : Rp 1.000.000.000\nRealisasi : Rp 950.000.000 (95%)\n\nProgram : Penanganan Bencana\nKegiatan : 1. Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota\nPagu : Rp 200.000.000\nRealisasi : Rp 180.000.000 (90%)\n',
        [('Rehabilitasi Sosial', 1000000000.0, 950000000.0, 95.0, ['Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti', 'Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti']), ('Penanganan Bencana', 200000000.0, 180000000.0, 90.0, ['Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota'])],
        [('program', None, 'Rehabilitasi Sosial', 0), ('program', None, 'Penanganan Bencana', 0)],
        id='label_with_kegiatan_lines'),
    # a numbered program's name broken before a lower-case 'dan' (cut at the first line before)
    pytest.param(
        '1. Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT)\n   dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya\n   Pagu Rp 2.000.000.000, realisasi Rp 1.900.000.000 (95%).\n2. Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial\n   Pagu Rp 800.000.000, realisasi Rp 720.000.000 (90%).\n',
        [('Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya', 2000000000.0, 1900000000.0, 95.0, []), ('Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial', 800000000.0, 720000000.0, 90.0, [])],
        [('program', '1.', 'Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya', 0), ('program', '2.', 'Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial', 0)],
        id='numbered_broken_before_lower_dan'),
    # 'PROGRAM-PROGRAM POKOK :' over lettered programs with kegiatan numbered in one sentence (no group node before)
    pytest.param(
        'PROGRAM-PROGRAM POKOK :\na. Program Pemberdayaan Sosial\n   Kegiatan-kegiatan yang dilaksanakan antara lain: 1) Pemberdayaan Sosial Komunitas Adat Terpencil (KAT); 2) Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota.\nb. Program Rehabilitasi Sosial\n   Kegiatan-kegiatan yang dilaksanakan antara lain: 1) Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti.\nPROGRAM-PROGRAM PENUNJANG :\na. Program Pelayanan Administrasi Perkantoran\n',
        [('Program Pemberdayaan Sosial', None, None, None, ['Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)', 'Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota']), ('Program Rehabilitasi Sosial', None, None, None, ['Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti']), ('Program Pelayanan Administrasi Perkantoran', None, None, None, [])],
        [('program_group', None, 'PROGRAM-PROGRAM POKOK', 0), ('program', 'a.', 'Program Pemberdayaan Sosial', 1), ('program', 'b.', 'Program Rehabilitasi Sosial', 1), ('program_group', None, 'PROGRAM-PROGRAM PENUNJANG', 0), ('program', 'a.', 'Program Pelayanan Administrasi Perkantoran', 1)],
        id='group_plural_caps_inline_kegiatan'),
    # program rows numbered I, II, III in the 'No' column (read as prose, the names ending in '|', no budgets before)
    pytest.param(
        'Tabel 3.1\n| No | Program | Pagu | Realisasi | % |\n|---|---|---|---|---|\n| I | Program Pemberdayaan Sosial | 450.000.000 | 427.500.000 | 95,00 |\n| II | Program Rehabilitasi Sosial | 1.000.000.000 | 900.000.000 | 90,00 |\n| III | Program Perlindungan dan Jaminan Sosial | 640.000.000 | 608.000.000 | 95,00 |\n',
        [('Program Pemberdayaan Sosial', 450000000.0, 427500000.0, 95.0, []), ('Program Rehabilitasi Sosial', 1000000000.0, 900000000.0, 90.0, []), ('Program Perlindungan dan Jaminan Sosial', 640000000.0, 608000000.0, 95.0, [])],
        [('program', 'I', 'Program Pemberdayaan Sosial', 0), ('program', 'II', 'Program Rehabilitasi Sosial', 0), ('program', 'III', 'Program Perlindungan dan Jaminan Sosial', 0)],
        id='table_roman_program_rows'),
    # programs listed in one sentence, each with its allocation (right before)
    pytest.param(
        'Pada tahun 2023 Dinas Sosial melaksanakan program-program sebagai berikut: Program Pemberdayaan Sosial dengan pagu Rp 450.000.000, Program Rehabilitasi Sosial dengan pagu Rp 1.000.000.000, dan Program Penanganan Bencana dengan pagu Rp 150.000.000.\n',
        [('Program Pemberdayaan Sosial', 450000000.0, None, None, []), ('Program Rehabilitasi Sosial', 1000000000.0, None, None, []), ('Program Penanganan Bencana', 150000000.0, None, None, [])],
        [],
        id='prose_list_each_with_pagu'),
    # 'Program Prioritas Daerah :' over a numbered list of priorities that are no programs (right before; 'Program Prioritas :' over them gave two programs)
    pytest.param(
        'Program Kerja :\n1. Penyusunan Renja Dinas Sosial\n2. Pendataan PMKS\nProgram Prioritas Daerah :\n1. Penanganan kemiskinan ekstrem\n2. Penurunan stunting\n',
        [],
        [],
        id='control_group_over_priorities'),
    # a program's name the table wrapped into a row of its own (cut at the first row before, the rest an activity)
    pytest.param(
        '| No | Program/Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |\n|---|---|---|---|---|\n| 1 | Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan | 2.000.000.000 | 1.900.000.000 | 95,00 |\n| | Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya | | | |\n| 2 | Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial | 800.000.000 | 720.000.000 | 90,00 |\n',
        [('Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya', 2000000000.0, 1900000000.0, 95.0, []), ('Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial', 800000000.0, 720000000.0, 90.0, [])],
        [('program', '1', 'Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya', 0), ('program', '2', 'Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial', 0)],
        id='table_name_wrapped_into_next_row'),
    # tab-laid rows lettered A, B for programs, numbered for kegiatan, no header (no budgets, no activities, no nodes before)
    pytest.param(
        'A\tProgram Perlindungan dan Jaminan Sosial\t640.000.000\t608.000.000\t95,00\n1\tPengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota\t240.000.000\t228.000.000\t95,00\n2\tPerlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota\t400.000.000\t380.000.000\t95,00\nB\tProgram Penanganan Bencana\t150.000.000\t135.000.000\t90,00\n1\tPelayanan Penyelamatan dan Evakuasi Korban Bencana Alam\t150.000.000\t135.000.000\t90,00\n',
        [('Program Perlindungan dan Jaminan Sosial', 640000000.0, 608000000.0, 95.0, ['Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota', 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota']), ('Program Penanganan Bencana', 150000000.0, 135000000.0, 90.0, ['Pelayanan Penyelamatan dan Evakuasi Korban Bencana Alam'])],
        [('program', 'A', 'Program Perlindungan dan Jaminan Sosial', 0), ('program', 'B', 'Program Penanganan Bencana', 0)],
        id='table_tabbed_lettered_rows'),
    # 'PROGRAM I : X' headings in capitals (no program before)
    pytest.param(
        'PROGRAM I : PEMBERDAYAAN SOSIAL\nPagu anggaran Rp 300.000.000 dengan realisasi Rp 285.000.000 (95%).\nPROGRAM II : REHABILITASI SOSIAL\nPagu anggaran Rp 900.000.000 dengan realisasi Rp 810.000.000 (90%).\n',
        [('PEMBERDAYAAN SOSIAL', 300000000.0, 285000000.0, 95.0, []), ('REHABILITASI SOSIAL', 900000000.0, 810000000.0, 90.0, [])],
        [('program', 'PROGRAM I', 'PEMBERDAYAAN SOSIAL', 0), ('program', 'PROGRAM II', 'REHABILITASI SOSIAL', 0)],
        id='label_roman_caps'),
    # 'Pada program ini dilaksanakan kegiatan-kegiatan antara lain: 1) A, 2) B, dan 3) C. Total anggaran program ini ...' (one activity with the markers before)
    pytest.param(
        'Program Pemberdayaan Sosial\nPada program ini dilaksanakan kegiatan-kegiatan antara lain: 1) Pemberdayaan Sosial Komunitas Adat Terpencil (KAT), 2) Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota, dan 3) Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota. Total anggaran program ini sebesar Rp 700.000.000 dan terealisasi Rp 665.000.000 atau 95%.\n',
        [('Program Pemberdayaan Sosial', 700000000.0, 665000000.0, 95.0, ['Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)', 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota', 'Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota'])],
        [('program', None, 'Program Pemberdayaan Sosial', 0)],
        id='enumeration_in_sentence_then_total'),
    # a table of contents naming programs and nothing else: no program, no node (two programs with dot leaders and page numbers before)
    pytest.param(
        '4.2.1 Program Pelayanan Administrasi Perkantoran ......................... 60\n4.2.2 Program Peningkatan Sarana dan Prasarana Aparatur .................. 61\n',
        [],
        [],
        id='toc_only'),
    # 'Adapun kegiatan-kegiatan dalam program ini adalah sebagai berikut:' and dashed kegiatan (no activities before)
    pytest.param(
        '1. Program Rehabilitasi Sosial\n   Adapun kegiatan-kegiatan dalam program ini adalah sebagai berikut:\n   - Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti\n   - Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti\n2. Program Penanganan Bencana\n   Adapun kegiatan-kegiatan dalam program ini adalah sebagai berikut:\n   - Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota\n   - Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana\n',
        [('Program Rehabilitasi Sosial', None, None, None, ['Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti', 'Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti']), ('Program Penanganan Bencana', None, None, None, ['Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', 'Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana'])],
        [('program', '1.', 'Program Rehabilitasi Sosial', 0), ('program', '2.', 'Program Penanganan Bencana', 0)],
        id='kegiatan_dalam_program_ini'),
    # 'Kegiatan yang mendukung program ini antara lain:' and lettered kegiatan (no activities before)
    pytest.param(
        '1. Program Rehabilitasi Sosial\n   Kegiatan yang mendukung program ini antara lain:\n   a) Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti\n   b) Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti\n2. Program Penanganan Bencana\n   Kegiatan yang mendukung program ini antara lain:\n   a) Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota\n',
        [('Program Rehabilitasi Sosial', None, None, None, ['Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti', 'Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti']), ('Program Penanganan Bencana', None, None, None, ['Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota'])],
        [('program', '1.', 'Program Rehabilitasi Sosial', 0), ('program', '2.', 'Program Penanganan Bencana', 0)],
        id='kegiatan_yang_mendukung'),
    # 'Program ini terdiri dari 2 (dua) kegiatan, yaitu:', the program's figures after its kegiatan (right before)
    pytest.param(
        'A. PROGRAM PEMBERDAYAAN SOSIAL\nProgram ini terdiri dari 2 (dua) kegiatan, yaitu:\n1. Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)\n2. Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota\nRealisasi anggaran program mencapai Rp 285.000.000 dari pagu Rp 300.000.000 atau 95%.\nB. PROGRAM REHABILITASI SOSIAL\nProgram ini terdiri dari 1 (satu) kegiatan, yaitu:\n1. Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti\nRealisasi anggaran program mencapai Rp 810.000.000 dari pagu Rp 900.000.000 atau 90%.\n',
        [('PROGRAM PEMBERDAYAAN SOSIAL', 300000000.0, 285000000.0, 95.0, ['Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)', 'Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota']), ('PROGRAM REHABILITASI SOSIAL', 900000000.0, 810000000.0, 90.0, ['Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti'])],
        [('program', 'A.', 'PROGRAM PEMBERDAYAAN SOSIAL', 0), ('program', 'B.', 'PROGRAM REHABILITASI SOSIAL', 0)],
        id='caps_lettered_terdiri_dari'),
    # 'Kegiatan yang mendukung program ini: Rp ...' and other sentences after such a label name no kegiatan (right before)
    pytest.param(
        '1. Program Rehabilitasi Sosial\n   Kegiatan yang mendukung program ini: Rp 300.000.000 telah terserap 95%.\n   Kegiatan pada program ini: Sebagian besar sudah selesai dilaksanakan.\n2. Program Penanganan Bencana\n   Kegiatan yang menjadi prioritas: Penanganan korban banjir di 3 kecamatan.\n',
        [('Program Rehabilitasi Sosial', None, None, None, []), ('Program Penanganan Bencana', None, None, None, [])],
        [('program', '1.', 'Program Rehabilitasi Sosial', 0), ('program', '2.', 'Program Penanganan Bencana', 0)],
        id='control_kegiatan_label_before_a_sentence'),
    # programs under group headings each heading its own lines of figures (the second program lost, no group nodes before)
    pytest.param(
        'A. PROGRAM POKOK\nProgram Pemberdayaan Sosial\nPagu anggaran Rp 450.000.000 dengan realisasi Rp 427.500.000 atau 95%.\nProgram Rehabilitasi Sosial\nPagu anggaran Rp 1.000.000.000 dengan realisasi Rp 900.000.000 atau 90%.\nB. PROGRAM PENUNJANG\nProgram Pelayanan Administrasi Perkantoran\nPagu anggaran Rp 600.000.000 dengan realisasi Rp 570.000.000 atau 95%.\n',
        [('Program Pemberdayaan Sosial', 450000000.0, 427500000.0, 95.0, []), ('Program Rehabilitasi Sosial', 1000000000.0, 900000000.0, 90.0, []), ('Program Pelayanan Administrasi Perkantoran', 600000000.0, 570000000.0, 95.0, [])],
        [('program_group', 'A.', 'PROGRAM POKOK', 0), ('program', None, 'Program Pemberdayaan Sosial', 1), ('program', None, 'Program Rehabilitasi Sosial', 1), ('program_group', 'B.', 'PROGRAM PENUNJANG', 0), ('program', None, 'Program Pelayanan Administrasi Perkantoran', 1)],
        id='group_over_program_headings'),
    # bulleted programs with their figures after a colon under 'Program Pokok:' / 'Program Penunjang:' ('Program Penunjang' a program and the last program twice before)
    pytest.param(
        'Program Pokok:\n• Program Pemberdayaan Sosial: pagu Rp 420.000.000, realisasi Rp 399.000.000 (95%);\n• Program Rehabilitasi Sosial: pagu Rp 880.000.000, realisasi Rp 792.000.000 (90%).\nProgram Penunjang:\n• Program Pelayanan Administrasi Perkantoran: pagu Rp 500.000.000, realisasi Rp 475.000.000 (95%).\n',
        [('Program Pemberdayaan Sosial', 420000000.0, 399000000.0, 95.0, []), ('Program Rehabilitasi Sosial', 880000000.0, 792000000.0, 90.0, []), ('Program Pelayanan Administrasi Perkantoran', 500000000.0, 475000000.0, 95.0, [])],
        [('program_group', None, 'Program Pokok', 0), ('program', '•', 'Program Pemberdayaan Sosial', 1), ('program', '•', 'Program Rehabilitasi Sosial', 1), ('program_group', None, 'Program Penunjang', 0), ('program', '•', 'Program Pelayanan Administrasi Perkantoran', 1)],
        id='group_over_bullets_with_figures'),
    # a sentence opening with 'Program ...' between two programs' headings is neither (the second program lost, no group nodes before)
    pytest.param(
        'A. PROGRAM POKOK\nProgram Pemberdayaan Sosial\nPagu anggaran Rp 450.000.000 dengan realisasi Rp 427.500.000 atau 95%.\nProgram ini dilaksanakan bersama pemerintah desa.\nProgram Keluarga Harapan (PKH) juga disalurkan kepada 12.000 KPM melalui pendamping.\nProgram Rehabilitasi Sosial\nPagu anggaran Rp 1.000.000.000 dengan realisasi Rp 900.000.000 atau 90%.\nB. PROGRAM PENUNJANG\nProgram Pelayanan Administrasi Perkantoran\nPagu anggaran Rp 600.000.000 dengan realisasi Rp 570.000.000 atau 95%.\n',
        [('Program Pemberdayaan Sosial', 450000000.0, 427500000.0, 95.0, []), ('Program Rehabilitasi Sosial', 1000000000.0, 900000000.0, 90.0, []), ('Program Pelayanan Administrasi Perkantoran', 600000000.0, 570000000.0, 95.0, [])],
        [('program_group', 'A.', 'PROGRAM POKOK', 0), ('program', None, 'Program Pemberdayaan Sosial', 1), ('program', None, 'Program Rehabilitasi Sosial', 1), ('program_group', 'B.', 'PROGRAM PENUNJANG', 0), ('program', None, 'Program Pelayanan Administrasi Perkantoran', 1)],
        id='group_over_headings_and_prose'),
    # 'Program : A ... dan' / ' B ...' aligned form lines (no program before)
    pytest.param(
        'Program   : Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan\n            Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya\nAnggaran  : Rp 1.500.000.000\nRealisasi : Rp 1.425.000.000\nCapaian   : 95%\n\nProgram   : Pelayanan dan Rehabilitasi Kesejahteraan Sosial\nAnggaran  : Rp 700.000.000\nRealisasi : Rp 630.000.000\nCapaian   : 90%\n',
        [('Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya', 1500000000.0, 1425000000.0, 95.0, []), ('Pelayanan dan Rehabilitasi Kesejahteraan Sosial', 700000000.0, 630000000.0, 90.0, [])],
        [('program', None, 'Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya', 0), ('program', None, 'Pelayanan dan Rehabilitasi Kesejahteraan Sosial', 0)],
        id='label_name_broken_over_two_lines'),
    # 'Program : A dengan pagu Rp ... dan realisasi Rp ... atau 95%.' (no program before)
    pytest.param(
        'Program : Pemberdayaan Sosial dengan pagu Rp 450.000.000 dan realisasi Rp 427.500.000 atau 95%.\nProgram : Rehabilitasi Sosial dengan pagu Rp 1.000.000.000 dan realisasi Rp 900.000.000 atau 90%.\n',
        [('Pemberdayaan Sosial', 450000000.0, 427500000.0, 95.0, []), ('Rehabilitasi Sosial', 1000000000.0, 900000000.0, 90.0, [])],
        [('program', None, 'Pemberdayaan Sosial', 0), ('program', None, 'Rehabilitasi Sosial', 0)],
        id='label_then_sentence'),
    # 'Sasaran Program :', 'Indikator Program :', 'Program : -', 'Program: Belum ada ...': no program (right before)
    pytest.param(
        'Sasaran Program : Meningkatnya kemandirian PMKS\nIndikator Program : Persentase PMKS yang diberdayakan\nProgram : -\nProgram: Belum ada program yang dilaksanakan pada tahun ini karena refocusing anggaran.\n',
        [],
        [],
        id='control_label_lines_without_program'),
    # '1. Program Pokok' / '2. Program Penunjang' over lettered programs (no group node before)
    pytest.param(
        '1. Program Pokok\n   a. Program Pemberdayaan Sosial\n      Pagu Rp 450.000.000, realisasi Rp 427.500.000 (95%).\n   b. Program Rehabilitasi Sosial\n      Pagu Rp 1.000.000.000, realisasi Rp 900.000.000 (90%).\n2. Program Penunjang\n   a. Program Pelayanan Administrasi Perkantoran\n      Pagu Rp 600.000.000, realisasi Rp 570.000.000 (95%).\n',
        [('Program Pemberdayaan Sosial', 450000000.0, 427500000.0, 95.0, []), ('Program Rehabilitasi Sosial', 1000000000.0, 900000000.0, 90.0, []), ('Program Pelayanan Administrasi Perkantoran', 600000000.0, 570000000.0, 95.0, [])],
        [('program_group', '1.', 'Program Pokok', 0), ('program', 'a.', 'Program Pemberdayaan Sosial', 1), ('program', 'b.', 'Program Rehabilitasi Sosial', 1), ('program_group', '2.', 'Program Penunjang', 0), ('program', 'a.', 'Program Pelayanan Administrasi Perkantoran', 1)],
        id='group_numbered_over_lettered'),
    # group headings inside a chapter, the next chapter closing the last group (no group node before)
    pytest.param(
        'BAB III\nAKUNTABILITAS KINERJA\n3.1 Capaian Kinerja\n3.2 Realisasi Anggaran\nA. PROGRAM POKOK\n1. Program Pemberdayaan Sosial\n   Pagu Rp 450.000.000, realisasi Rp 427.500.000 (95%).\n2. Program Rehabilitasi Sosial\n   Pagu Rp 1.000.000.000, realisasi Rp 900.000.000 (90%).\nB. PROGRAM PENUNJANG\n1. Program Pelayanan Administrasi Perkantoran\n   Pagu Rp 600.000.000, realisasi Rp 570.000.000 (95%).\nBAB IV\nPENUTUP\nDemikian laporan ini disusun.\n',
        [('Program Pemberdayaan Sosial', 450000000.0, 427500000.0, 95.0, []), ('Program Rehabilitasi Sosial', 1000000000.0, 900000000.0, 90.0, []), ('Program Pelayanan Administrasi Perkantoran', 600000000.0, 570000000.0, 95.0, [])],
        [('program_group', 'A.', 'PROGRAM POKOK', 1), ('program', '1.', 'Program Pemberdayaan Sosial', 2), ('program', '2.', 'Program Rehabilitasi Sosial', 2), ('program_group', 'B.', 'PROGRAM PENUNJANG', 1), ('program', '1.', 'Program Pelayanan Administrasi Perkantoran', 2)],
        id='group_inside_chapter'),
    # a table of each program's kegiatan with a 'Jumlah' row: the total is the program's budget ('Jumlah' an activity, no budget before)
    pytest.param(
        '1. Program Rehabilitasi Sosial\nNo\tKegiatan\tPagu (Rp)\tRealisasi (Rp)\t%\n1\tRehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti\t600.000.000\t540.000.000\t90,00\n2\tRehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti\t400.000.000\t360.000.000\t90,00\n\tJumlah\t1.000.000.000\t900.000.000\t90,00\n\n2. Program Penanganan Bencana\nNo\tKegiatan\tPagu (Rp)\tRealisasi (Rp)\t%\n1\tPerlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota\t150.000.000\t135.000.000\t90,00\n\tJumlah\t150.000.000\t135.000.000\t90,00\n',
        [('Program Rehabilitasi Sosial', 1000000000.0, 900000000.0, 90.0, ['Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti', 'Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti']), ('Program Penanganan Bencana', 150000000.0, 135000000.0, 90.0, ['Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota'])],
        [('program', '1.', 'Program Rehabilitasi Sosial', 0), ('program', '2.', 'Program Penanganan Bencana', 0)],
        id='kegiatan_table_with_total_row'),
    # a table of each program's kegiatan with targets, not budgets: its 'Jumlah' row is no budget ('Jumlah' an activity before)
    pytest.param(
        '1. Program Rehabilitasi Sosial\nNo\tKegiatan\tTarget\tRealisasi\tCapaian (%)\n1\tRehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti\t60 anak\t54 anak\t90,00\n2\tRehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti\t40 orang\t36 orang\t90,00\n\tJumlah\t100\t90\t90,00\n\n2. Program Penanganan Bencana\nNo\tKegiatan\tTarget\tRealisasi\tCapaian (%)\n1\tPerlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota\t150 KK\t135 KK\t90,00\n',
        [('Program Rehabilitasi Sosial', None, None, None, ['Rehabilitasi Sosial Dasar Anak Terlantar di Dalam Panti', 'Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti']), ('Program Penanganan Bencana', None, None, None, ['Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota'])],
        [('program', '1.', 'Program Rehabilitasi Sosial', 0), ('program', '2.', 'Program Penanganan Bencana', 0)],
        id='control_kegiatan_indicator_table'),
]


@pytest.mark.parametrize("text, programs, nodes", CASES)
def test_programs_budgets_and_activities(text, programs, nodes):
    found = extract_text(text).programs
    assert [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent, [a.name for a in p.activities])
            for p in found] == programs


@pytest.mark.parametrize("text, programs, nodes", CASES)
def test_program_and_group_nodes_of_the_outline(text, programs, nodes):
    assert _nodes(extract_text(text)) == nodes


def test_a_group_runs_to_the_next_group_and_holds_its_programs():
    text = ("A. PROGRAM POKOK\n1. Program Pemberdayaan Sosial\n2. Program Rehabilitasi Sosial\n"
            "B. PROGRAM PENUNJANG\n1. Program Pelayanan Administrasi Perkantoran\n")
    groups = extract_text(text).sections
    assert [(g.kind, g.subsection_kind, g.label, g.title) for g in groups] == [
        ("subsection", "program_group", "A.", "PROGRAM POKOK"), ("subsection", "program_group", "B.", "PROGRAM PENUNJANG")]
    assert (groups[0].start, groups[0].end) == (0, text.index("B. PROGRAM"))
    assert groups[1].end == len(text)
    assert [[c.title for c in g.children] for g in groups] == [
        ["Program Pemberdayaan Sosial", "Program Rehabilitasi Sosial"], ["Program Pelayanan Administrasi Perkantoran"]]


def test_a_table_of_contents_gives_no_chapter_nodes():
    text = ("DAFTAR ISI\nBAB I PENDAHULUAN ........................ 1\nBAB II RENCANA STRATEGIS . . . . . . . 5\n\n"
            "BAB I\nPENDAHULUAN\nLaporan ini disusun ...\nBAB II\nRENCANA STRATEGIS\nRenstra Dinas Sosial ...\n")
    chapters = [(s.label, s.title, s.start) for s in extract_text(text).sections]
    assert chapters == [("BAB I", "PENDAHULUAN", text.index("BAB I\n")), ("BAB II", "RENCANA STRATEGIS", text.index("BAB II\n"))]


def test_a_program_total_after_its_kegiatan_is_checked_with_a_planted_slip():
    """'Jumlah pagu program' after kegiatan with figures of their own: the program holds the stated
    total, and the audit finds the slip in it (600.000.000 of 640.000.000 is 93,75%, not 95%)."""
    text = ("a. Program Perlindungan dan Jaminan Sosial\n"
            "   - Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota: pagu Rp 240.000.000, realisasi Rp 228.000.000 (95%)\n"
            "   - Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota: pagu Rp 400.000.000, realisasi Rp 372.000.000 (93%)\n"
            "   Jumlah pagu program Rp 640.000.000, realisasi Rp 600.000.000 (95%).\n"
            "b. Program Penanganan Bencana\n"
            "   Jumlah pagu program Rp 150.000.000, realisasi Rp 135.000.000 (90%).\n")
    report = extract_text(text)
    assert [(p.name, p.budget.pagu, p.budget.realisasi, p.budget.percent) for p in report.programs] == [
        ("Program Perlindungan dan Jaminan Sosial", 640000000.0, 600000000.0, 95.0),
        ("Program Penanganan Bencana", 150000000.0, 135000000.0, 90.0)]
    verdicts = sorted((c.stated, c.verdict) for c in report.checks if c.check == "budget_percent")
    assert verdicts == [(90.0, "consistent"), (93.0, "consistent"), (95.0, "consistent"), (95.0, "mismatch")]


def test_a_priority_group_over_items_that_name_no_program_lists_none():
    """Items under a group heading need not say "Program" ("Program-program pokok :" / "1.
    Pemberdayaan Sosial"), but a list none of whose items the catalogue knows as a program is a
    list of priorities (two programs were made of it before)."""
    text = ("Program Prioritas :\n1. Penanganan kemiskinan ekstrem\n2. Penurunan prevalensi stunting\n"
            "3. Peningkatan kualitas sumber daya manusia\n")
    report = extract_text(text)
    assert report.programs == [] and _nodes(report) == []
    named = "Program Prioritas :\n1. Pemberdayaan Sosial\n2. Rehabilitasi Sosial\n"
    assert [p.name for p in extract_text(named).programs] == ["Pemberdayaan Sosial", "Rehabilitasi Sosial"]


def test_the_next_chapter_closes_the_last_group_and_its_last_program():
    text = ("BAB III\nAKUNTABILITAS KINERJA\nA. PROGRAM POKOK\n1. Program Pemberdayaan Sosial\n"
            "B. PROGRAM PENUNJANG\n1. Program Pelayanan Administrasi Perkantoran\n"
            "   Pagu Rp 600.000.000, realisasi Rp 570.000.000 (95%).\nBAB IV\nPENUTUP\nDemikian laporan ini disusun.\n")
    chapter, closing = extract_text(text).sections
    group = chapter.children[-1]
    assert (group.title, group.end, group.children[-1].end) == ("PROGRAM PENUNJANG", text.index("BAB IV"), text.index("BAB IV"))
    assert closing.title == "PENUTUP" and closing.children == []
