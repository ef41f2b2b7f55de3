"""Targets named by "menyasar" / "disasar" (a programme "aims at" its recipients, the genre's word
for a target as often as "menargetkan"), and changes whose old value is dated by "pada tahun
sebelumnya", "tahun lalu", "periode sebelumnya" instead of a year ("sebanyak 1.245 anak, naik
dari 980 anak pada tahun sebelumnya atau meningkat 27,04 persen").

Written for these tests in the register of Dinas Sosial news; the answers worked out by hand
(half-up rounding to the stated decimals). Each passage with a claim keeps its correct version
and a planted slip that must be the one mismatch; the controls have no percentage claim.
"""

from __future__ import annotations

from probe_assertions import passage_tests

# name -> (passage, [(check, stated, numerator, denominator, verdict)])
PASSAGES: dict[str, tuple[str, list]] = {
    # 318 / 350 = 90,857 (the target in the sentence before, named by "menyasar")
    "menyasar_sentence_before": (
        "Program rehabilitasi Rumah Tidak Layak Huni (RTLH) tahun 2023 menyasar 350 unit rumah dengan bantuan "
        "Rp 20 juta per unit. Sampai akhir November, sebanyak 318 unit telah selesai dikerjakan atau 90,86 "
        "persen dari target. Sisanya 32 unit ditargetkan rampung pada Desember.",
        [("target_percent", 90.86, 318, 350, "consistent")]),
    # 1.800 / 2.400 = 75
    "disasar_kepada": (
        "Bantuan sosial pangan tahun ini disasar kepada 2.400 KK miskin ekstrem. Hingga Juni, bantuan telah "
        "tersalur kepada 1.800 KK atau 75 persen.",
        [("target_percent", 75, 1800, 2400, "consistent")]),
    # (1.245 - 980) / 980 = 27,041
    "naik_dari_tahun_sebelumnya": (
        "Dinas Sosial Kabupaten Gowa mencatat jumlah anak yatim piatu penerima bantuan ATENSI sebanyak 1.245 "
        "anak, naik dari 980 anak pada tahun sebelumnya atau meningkat 27,04 persen. Setiap anak menerima "
        "Rp 300.000 per bulan.",
        [("share_percent", 27.04, 265, 980, "consistent")]),
    # (2.310 - 2.100) / 2.100 = 10
    "naik_dari_periode_sebelumnya": (
        "Penerima PKH di Kecamatan Bontoala tercatat 2.310 KPM, naik dari 2.100 KPM pada periode sebelumnya "
        "atau sebesar 10 persen.",
        [("share_percent", 10, 210, 2100, "consistent")]),
    # (640 - 576) / 640 = 10
    "dari_tahun_lalu_menjadi": (
        "Jumlah lansia terlantar yang dilayani turun dari 640 orang pada tahun lalu menjadi 576 orang atau "
        "berkurang 10 persen.",
        [("share_percent", 10, 64, 640, "consistent")]),
    # controls: "menyasar" a group without a figure, a share of the recipients with no part written
    "menyasar_share_of_kind": (
        "Program ini menyasar 1.200 KPM di 14 kecamatan. Sebanyak 85 persen KPM adalah perempuan kepala "
        "keluarga.", []),
    "menyasar_without_figure": (
        "Pelatihan vokasi menyasar penyandang disabilitas usia produktif dengan anggaran Rp 450 juta. Tahun "
        "depan porsi peserta perempuan ditargetkan 40 persen.", []),
}

# (passage, text as written, text with the slip, stated before, stated after)
SLIPS = [
    ("menyasar_sentence_before", "90,86 persen", "92,86 persen", 90.86, 92.86),
    ("disasar_kepada", "atau 75 persen", "atau 78 persen", 75, 78),
    ("naik_dari_tahun_sebelumnya", "27,04 persen", "24,7 persen", 27.04, 24.7),
    ("naik_dari_periode_sebelumnya", "sebesar 10 persen", "sebesar 9,1 persen", 10, 9.1),
    ("dari_tahun_lalu_menjadi", "berkurang 10 persen", "berkurang 11,1 persen", 10, 11.1),
]


test_passage_claims, test_control_has_no_claim, test_slip_is_the_one_mismatch = passage_tests(PASSAGES, SLIPS)
