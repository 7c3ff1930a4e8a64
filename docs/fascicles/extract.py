#!/usr/bin/env python3
"""Build lumbar_fascicles.csv / lumbar_joints.csv from the Christophy et al. (2012)
lumbar model as carried in MyoBack v0.1 (MyoHub/myo_sim back/assets/myoback_body.xml,
commit 6a6f4dd49b1905f0af702a18fb94fc7a04dfdd99; forces from back/assets/myoback_assets.xml,
commit 9b89cc4d5019a4a979d47d21ffd3281615a15575). Body offsets cross-checked against
Christophy2012_axialRotationUpd_skeletonOnly.osim (mjhmilla/kinematicPassengerModel,
commit 5df844cb9af6fd85bd8063872f7ce880ccf3306c). Right-side path points were transcribed;
left side = mirror (z -> -z). Numbers are facts carried over; see README."""
import csv, math, os
from collections import defaultdict

OUT = os.path.dirname(os.path.abspath(__file__))
SIGMA = 46.0  # N/cm^2, specific tension used to convert F_max -> PCSA (see README caveat)

# body origins in ground (osim frame: x ant, y sup, z right), default pose, all rotations identity
parent = {'pelvis': (None, (0, 0.979, 0)), 'sacrum': (None, (0, 0.93, 0)),
          'lumbar5': ('sacrum', (-0.098, 0.071, 0)), 'Abdomen': ('lumbar5', (0.098, 0.071, 0)),
          'lumbar4': ('lumbar5', (0.009, 0.0321, 0)), 'lumbar3': ('lumbar4', (0.0006, 0.0332, 0)),
          'lumbar2': ('lumbar3', (-0.0067, 0.0351, 0)), 'lumbar1': ('lumbar2', (-0.0114, 0.0288, 0)),
          'torso': ('lumbar1', (0.0025, -0.089, 0))}
def origin(b):
    p, o = parent[b]
    if p is None: return o
    po = origin(p); return tuple(po[i] + o[i] for i in range(3))
OUTBODY = {'pelvis': 'pelvis', 'sacrum': 'pelvis', 'lumbar5': 'L5', 'Abdomen': 'L5', 'lumbar4': 'L4',
           'lumbar3': 'L3', 'lumbar2': 'L2', 'lumbar1': 'L1', 'torso': 'thorax'}
LEVEL = {'pelvis': 0, 'L5': 1, 'L4': 2, 'L3': 3, 'L2': 4, 'L1': 5, 'thorax': 6}

# right-side path points: fascicle -> list of (source body, x, y, z) in the source body frame,
# listed in source path order where it matters; final ordering is caudal->cranial by body then y.
P = defaultdict(list)
def add(body, txt):
    for line in txt.strip().splitlines():
        f, x, y, z = line.split()
        P[f].append((body, float(x), float(y), float(z)))

add('pelvis', """
Ps_L1_VB -0.0238 -0.057 0.0759
Ps_L1_TP -0.0238 -0.057 0.0759
Ps_L1_L2_IVD -0.0238 -0.057 0.0759
Ps_L2_TP -0.0238 -0.057 0.0759
Ps_L2_L3_IVD -0.0238 -0.057 0.0759
Ps_L3_TP -0.0238 -0.057 0.0759
Ps_L3_L4_IVD -0.0238 -0.057 0.0759
Ps_L4_TP -0.0238 -0.057 0.0759
Ps_L4_L5_IVD -0.0238 -0.057 0.0759
Ps_L5_TP -0.0238 -0.057 0.0759
Ps_L5_VB -0.0238 -0.057 0.0759
rect_abd -0.04158 -0.09648 0.01069
IL_L1 -0.15941 0.0109456 0.0382937
IL_L2 -0.150919 0.0281772 0.0426489
IL_L3 -0.13692 0.0398108 0.047511
IL_L4 -0.131838 0.0365973 0.0442041
IL_R5 -0.156297 0.0143181 0.0389721
IL_R6 -0.14525 0.0310082 0.042568
IL_R7 -0.134159 0.0383563 0.0458664
IL_R8 -0.137327 0.0429011 0.0501801
IL_R9 -0.13331 0.0448841 0.0511394
IL_R10 -0.130303 0.04775 0.0531086
IL_R11 -0.127464 0.0499569 0.0554708
IL_R12 -0.124813 0.0521242 0.0579249
LTpL_L4 -0.150501 0.0174866 0.0373097
LTpL_L3 -0.158442 0.01749 0.0402
LTpL_L2 -0.159688 0.0129688 0.0419459
LTpL_L1 -0.161991 0.0101936 0.0431168
QL_post_I.1-L3 -0.12147 0.04631 0.05202
QL_post_I.2-L4 -0.11147 0.0563076 0.05902
QL_post_I.2-L3 -0.11147 0.0563076 0.05902
QL_post_I.2-L2 -0.11147 0.0563076 0.05902
QL_post_I.3-L1 -0.10477 0.06212 0.06917
QL_post_I.3-L2 -0.10477 0.06212 0.06917
QL_post_I.3-L3 -0.10477 0.06212 0.06917
QL_ant_I.2-T12 -0.11147 0.0563076 0.05902
QL_ant_I.3-T12 -0.10477 0.06212 0.06917
QL_ant_I.2-12.1 -0.11147 0.0563076 0.05902
QL_ant_I.3-12.1 -0.10477 0.06212 0.06917
QL_ant_I.3-12.2 -0.10477 0.06212 0.06917
QL_ant_I.3-12.3 -0.104767 0.0621154 0.06917
MF_m1t.3 -0.144573 0.0264214 0.0383501
MF_m2t.2 -0.147335 0.0211591 0.0368492
MF_m2t.3 -0.14972 0.00799758 0.0345784
MF_m3t.1 -0.164505 -0.0349768 0.0170996
MF_m3t.2 -0.153875 -0.0160621 0.0218539
MF_m3t.3 -0.153875 -0.0160621 0.0218539
MF_m4t.2 -0.162292 -0.0286577 0.0152036
MF_m4t.3 -0.170828 -0.0411808 0.0127215
MF_m5.laminar -0.134206 0.01111 0.01238
EO5 -0.0592662 0.0594141 0.113816
EO6 -0.0700762 0.062137 0.104119
IO1 -0.0256486 0.00060866 0.122457
IO2 -0.0345887 0.0255669 0.127072
IO3 -0.0446801 0.046659 0.122425
IO4 -0.05738 0.0588991 0.110489
IO5 -0.0848889 0.065154 0.09145
IO6 -0.1096 0.0608563 0.0696978
""")
add('sacrum', """
LTpT_T7 -0.131317 0.0605127 0.00027686
LTpT_T8 -0.142901 0.0502456 0.00037451
LTpT_T9 -0.165822 0.0268352 0
LTpT_T10 -0.164463 0.0245611 0.01072
LTpT_T11 -0.157649 0.0307094 0.02404
LTpT_T12 -0.14476 0.0488 0.02793
LTpT_R7 -0.13132 0.06051 0.00028
LTpT_R8 -0.1429 0.05025 0.00037
LTpT_R9 -0.16582 0.02684 0
LTpT_R10 -0.16446 0.02456 0.01072
LTpT_R11 -0.15765 0.03071 0.02404
LTpT_R12 -0.14476 0.0488 0.02793
LTpL_L5 -0.14125 0.07389 0.03487
MF_m1t.2 -0.121424 0.0839766 0.01884
MF_m2t.1 -0.120758 0.0852181 0.0204354
MF_m3s -0.121511 0.0836358 0.0174159
MF_m4s -0.143689 0.0547099 0.0161792
MF_m4t.1 -0.152233 0.0415265 0.0153586
MF_m5s -0.130455 0.0662703 0.0104264
MF_m5t.1 -0.174067 0.00522922 0.0100331
MF_m5t.2 -0.163116 0.0256618 0.0117079
MF_m5t.3 -0.152276 0.0425844 0.0115967
MF_m4.laminar -0.12536 0.0774879 0.01934
""")
add('lumbar5', """
Ps_L5_TP -0.00562001 0.0291398 0.0252881
Ps_L5_VB 0.01 0.01241 0.019
LTpT_T6 -0.03622 0.01615 0.00021356
LTpT_R6 -0.03622 0.01615 0.00021
LTpL_L5 -0.0103429 0.02665 0.0224
MF_m1t.1 -0.0186347 0.0369697 0.0175946
MF_m2s -0.0185029 0.0376762 0.0158123
MF_m5s -0.0301638 0.01539 0.00392934
MF_m5t.1 -0.03551 0.016863 0.00292592
MF_m5t.2 -0.0345516 0.0159287 0.00277147
MF_m5t.3 -0.0328228 0.015247 0.00232083
MF_m3.laminar -0.0187003 0.0374421 0.01617
MF_m5.laminar -0.0258996 0.01705 0.00564
""")
add('Abdomen', """
EO1 0.0065502 0.0627431 0.0308937
EO2 0.00723321 0.0329565 0.0364551
EO3 0.00677141 0.0129967 0.0416346
EO4 0.00695134 -0.00599564 0.0403302
IO1 0.00306951 -0.0406576 0.0453754
IO2 0.00068053 -0.0115304 0.0513889
IO3 0.00338096 0.0293052 0.0418774
""")
add('lumbar4', """
Ps_L4_TP -0.015649 0.0249464 0.0258768
Ps_L4_L5_IVD 0.00541963 0.00394754 0.0205966
IL_L4 -0.021962 0.0255823 0.0314287
LTpT_T4 -0.0457852 0.00705986 0.00282
LTpT_T5 -0.0473001 0.00396965 8e-05
LTpT_T8 -0.0469739 0.0180443 0.00565735
LTpT_T9 -0.04672 0.01796 0.00748
LTpT_T10 -0.04672 0.01796 0.01256
LTpT_T11 -0.04672 0.017 0.02194
LTpT_T12 -0.04672 0.017 0.02524
LTpT_R4 -0.0457852 0.00705986 0.00282013
LTpT_R5 -0.0473001 0.00396965 8e-05
LTpT_R7 -0.0467202 0.0188294 0.00812957
LTpT_R8 -0.0465288 0.0181236 0.0113934
LTpT_R9 -0.0467202 0.0176814 0.0148901
LTpT_R10 -0.0466654 0.0168641 0.0194391
LTpT_R11 -0.0461 0.01796 0.0294188
LTpT_R12 -0.04672 0.0175766 0.0335072
LTpL_L4 -0.0203429 0.0230538 0.0224016
QL_post_I.2-L4 -0.022 0.02605 0.0303
QL_mid_L4-12.3 -0.0213825 0.0307 0.02806
MF_m1s -0.0309775 0.0323951 0.0174744
MF_m4s -0.0353819 -0.00021522 0.00224284
MF_m4t.1 -0.0418025 0.00016821 0.00288018
MF_m4t.2 -0.0428 0.00017 0.00288
MF_m4t.3 -0.0441 0.00017 0.00288
MF_m2.laminar -0.0305622 0.0335037 0.01694
MF_m4.laminar -0.0321153 0.00581344 0.00694
""")
add('lumbar3', """
Ps_L3_TP -0.0245065 0.0207283 0.0282599
Ps_L3_L4_IVD 0.00115193 0.00621063 0.0211533
IL_L3 -0.029216 0.0199881 0.0305391
LTpT_T3 -0.0462017 -0.00342738 0.00407
LTpT_T8 -0.0467497 0.0135459 0.00831636
LTpT_T9 -0.0464295 0.0138534 0.00968998
LTpT_T10 -0.0461 0.01403 0.01441
LTpT_T11 -0.0501482 0.0134888 0.020885
LTpT_T12 -0.0493674 0.0140564 0.0238974
LTpT_R6 -0.0469974 0.0147336 0.010844
LTpT_R7 -0.0461005 0.0141694 0.0128553
LTpT_R8 -0.0459248 0.0135047 0.0160395
LTpT_R9 -0.0461005 0.0130235 0.0195821
LTpT_R10 -0.0460454 0.012674 0.023454
LTpT_R11 -0.0461 0.0139338 0.0325773
LTpT_R12 -0.0461 0.0136439 0.0358736
LTpL_L3 -0.0291611 0.01963 0.01961
QL_post_I.1-L3 -0.029 0.01963 0.0303
QL_post_I.2-L3 -0.029 0.01963 0.0303
QL_post_I.3-L3 -0.029 0.01963 0.0303
QL_mid_L3-12.3 -0.0293616 0.0217307 0.03038
QL_mid_L3-12.2 -0.02936 0.02173 0.03038
QL_mid_L3-12.1 -0.02936 0.02173 0.03038
MF_m3s -0.0371949 -0.00645328 0.00290733
MF_m3t.1 -0.04338 -0.0102252 0.00166214
MF_m3t.2 -0.04336 -0.01023 0.00266
MF_m3t.3 -0.04336 -0.01023 0.00266
MF_m1.laminar -0.0387085 0.02527 0.01691
MF_m3.laminar -0.0359442 0.00069045 0.00635
""")
add('lumbar2', """
Ps_L2_TP -0.0216214 0.014587 0.022249
Ps_L2_L3_IVD 0.00196252 0.00338519 0.0214479
IL_L2 -0.0298319 0.0116685 0.0285294
IL_R5 -0.0496298 0.00211134 0.04157
IL_R6 -0.0492143 0.00236612 0.04436
IL_R7 -0.0486649 0.00237387 0.04726
IL_R8 -0.0481978 0.00285524 0.05001
IL_R9 -0.0483524 0.00265461 0.05219
IL_R10 -0.0480883 0.00262684 0.05467
IL_R11 -0.0479471 0.00270337 0.05769
LTpT_T2 -0.0447961 -0.0143228 0.00383
LTpT_T5 -0.044 0.0044 0.0064
LTpT_T6 -0.044 0.0044 0.009
LTpT_T7 -0.04399 0.0044 0.011
LTpT_T8 -0.0453159 0.00310151 0.01094
LTpT_T9 -0.0447163 0.00347304 0.0115
LTpT_T10 -0.044 0.00338 0.01525
LTpT_T11 -0.046 0.00338 0.01983
LTpT_T12 -0.0458028 0.00398333 0.0225543
LTpT_R4 -0.0463322 0.00545622 0.0114779
LTpT_R5 -0.0474338 0.00463268 0.0141962
LTpT_R6 -0.044 0.0044 0.014
LTpT_R7 -0.04399 0.00431532 0.0172724
LTpT_R8 -0.04399 0.00388 0.0205414
LTpT_R9 -0.0439905 0.00393671 0.0241884
LTpT_R10 -0.0439356 0.00364643 0.027333
LTpT_R11 -0.0440238 0.00448 0.0355734
LTpT_R12 -0.044 0.0044 0.0388153
LTpL_L2 -0.0287627 0.0125583 0.0202959
QL_post_I.2-L2 -0.031 0.012 0.0303
QL_post_I.3-L2 -0.031 0.012 0.0303
QL_mid_L2-12.1 -0.0291214 0.0168959 0.02562
MF_m2s -0.0358341 -0.0117591 0.00354943
MF_m2t.1 -0.03956 -0.01839 0.00364
MF_m2t.2 -0.03956 -0.01839 0.00364
MF_m2t.3 -0.038808 -0.0187383 0.00236534
MF_m2.laminar -0.032901 -0.00561 0.00674
""")
add('lumbar1', """
Ps_L1_VB -0.0101595 0.02327 0.02
Ps_L1_TP -0.02325 0.0146584 0.0226252
Ps_L1_L2_IVD -0.00125362 0.00350798 0.0206834
IL_L1 -0.0300702 0.0155021 0.0291785
LTpT_T1 -0.0459749 -0.0105702 0.00321
LTpT_T3 -0.03711 -0.01402 0.005
LTpT_T4 -0.0371129 -0.0140247 0.00612
LTpL_L1 -0.0290759 0.0150555 0.0217951
QL_post_I.3-L1 -0.0326362 0.0148767 0.029
MF_m1s -0.0343145 -0.0131463 0.00301684
MF_m1t.1 -0.0409385 -0.0160046 0.00309636
MF_m1t.2 -0.04094 -0.016 0.0031
MF_m1t.3 -0.04094 -0.016 0.0031
MF_m1.laminar -0.0341019 -0.00560525 0.00619
""")
add('torso', """
rect_abd 0.08806 0.22257 0.03445
IL_R5 -0.07928 0.175415 0.0432678
IL_R5 -0.0807876 0.202609 0.0433988
IL_R5 -0.082702 0.23174 0.0437724
IL_R5 -0.0835858 0.260188 0.0450128
IL_R5 -0.0808487 0.280829 0.0453018
IL_R5 -0.0761377 0.300764 0.0455678
IL_R6 -0.0800841 0.173627 0.0461472
IL_R6 -0.083302 0.205151 0.046425
IL_R6 -0.0839592 0.235088 0.04728
IL_R6 -0.0816046 0.262818 0.0482667
IL_R6 -0.0762123 0.276765 0.0485857
IL_R7 -0.0803486 0.174563 0.0486571
IL_R7 -0.0833554 0.203554 0.0491766
IL_R7 -0.084366 0.234157 0.0495515
IL_R7 -0.0792041 0.257745 0.0508997
IL_R8 -0.0790523 0.170344 0.0512329
IL_R8 -0.0811061 0.203526 0.0510496
IL_R8 -0.079718 0.227964 0.0522864
IL_R9 -0.0794897 0.174496 0.05371
IL_R9 -0.07694 0.193965 0.0537859
IL_R10 -0.0749575 0.162842 0.0562343
IL_R11 -0.0624397 0.135882 0.0599046
IL_R12 -0.0383346 0.106097 0.0593963
LTpT_T1 -0.0523817 0.399196 0.02615
LTpT_T2 -0.0561283 0.380255 0.02654
LTpT_T3 -0.0651001 0.358859 0.02598
LTpT_T4 -0.0732536 0.337677 0.02615
LTpT_T5 -0.0761378 0.314622 0.02808
LTpT_T6 -0.0747978 0.186286 0.0154652
LTpT_T6 -0.08338 0.289296 0.02766
LTpT_T7 -0.0759558 0.18626 0.0195571
LTpT_T7 -0.0822431 0.263091 0.02647
LTpT_T8 -0.0804592 0.235899 0.0255
LTpT_T9 -0.07694 0.218354 0.02633
LTpT_T10 -0.0698233 0.189776 0.0181
LTpT_T11 -0.060879 0.161718 0.01762
LTpT_T12 -0.052717 0.13133 0.01818
LTpT_R4 -0.0768261 0.18568 0.0259954
LTpT_R4 -0.0775768 0.21098 0.0285848
LTpT_R4 -0.0782966 0.237256 0.0311206
LTpT_R4 -0.0768087 0.264526 0.0335195
LTpT_R4 -0.0755378 0.329822 0.038393
LTpT_R5 -0.0798949 0.184355 0.0299068
LTpT_R5 -0.0792869 0.209431 0.0319682
LTpT_R5 -0.0800066 0.236893 0.0346445
LTpT_R5 -0.0777671 0.26326 0.0365163
LTpT_R5 -0.0748222 0.303827 0.0391932
LTpT_R6 -0.0798949 0.182502 0.0310073
LTpT_R6 -0.0803073 0.209123 0.0346608
LTpT_R6 -0.080858 0.236432 0.0373467
LTpT_R6 -0.0774916 0.263171 0.0395202
LTpT_R6 -0.07361 0.282893 0.0400955
LTpT_R7 -0.0803487 0.181455 0.0354903
LTpT_R7 -0.0808579 0.207772 0.0395886
LTpT_R7 -0.0818684 0.235973 0.0422488
LTpT_R7 -0.0792041 0.259426 0.0433327
LTpT_R8 -0.0812671 0.180838 0.0407129
LTpT_R8 -0.0811062 0.206371 0.0437166
LTpT_R8 -0.079718 0.230529 0.0463537
LTpT_R9 -0.0807942 0.178822 0.043359
LTpT_R9 -0.0802242 0.200367 0.0467599
LTpT_R10 -0.0791894 0.172879 0.0468867
LTpT_R11 -0.0650216 0.147656 0.045555
LTpT_R12 -0.0450351 0.121644 0.0466148
QL_mid_L3-12.3 -0.0419115 0.11237 0.05166
QL_mid_L3-12.2 -0.0424782 0.119222 0.04319
QL_mid_L3-12.1 -0.0412845 0.1282 0.03119
QL_mid_L2-12.1 -0.04128 0.1282 0.03119
QL_mid_L4-12.3 -0.0417825 0.112316 0.05167
QL_ant_I.2-T12 -0.0142008 0.13014 0.01737
QL_ant_I.3-T12 -0.0142008 0.13014 0.01737
QL_ant_I.2-12.1 -0.0402807 0.124401 0.03745
QL_ant_I.3-12.1 -0.0402807 0.124401 0.03745
QL_ant_I.3-12.2 -0.04024 0.11786 0.04608
QL_ant_I.3-12.3 -0.03801 0.111359 0.05452
EO1 0.0881973 0.177994 0.0956568
EO2 0.0905898 0.14533 0.104779
EO3 0.0853701 0.113322 0.108229
EO4 0.0745605 0.0914164 0.104112
EO5 0.0168281 0.107959 0.117863
EO6 -0.00233202 0.0921232 0.105106
IO4 0.0769886 0.110032 0.1145
IO5 0.03742 0.09485 0.111111
IO6 0.00544396 0.0844179 0.1
""")

# F_max (N) of the *_r actuators in myoback_assets.xml (gainprm[2]); Ps_L1_* right missing from
# the pages read -> left-side value used (marked).
F = {'Ps_L1_VB': 102.893, 'Ps_L1_TP': 30.11, 'Ps_L1_L2_IVD': 59.1164, 'Ps_L2_TP': 110.113,
 'Ps_L2_L3_IVD': 62.3988, 'Ps_L3_TP': 51.9535, 'Ps_L3_L4_IVD': 19.6727, 'Ps_L4_TP': 89.2896,
 'Ps_L4_L5_IVD': 41.9811, 'Ps_L5_TP': 94.2619, 'Ps_L5_VB': 101.691, 'rect_abd': 296.805,
 'IL_L1': 65.7306, 'IL_L2': 90.2161, 'IL_L3': 86.466, 'IL_L4': 88.3413, 'IL_R5': 11.0857,
 'IL_R6': 14.929, 'IL_R7': 18.9427, 'IL_R8': 16.6349, 'IL_R9': 24.0558, 'IL_R10': 47.8811,
 'IL_R11': 58.435, 'IL_R12': 69.8041, 'LTpT_T1': 9.48221, 'LTpT_T2': 25.4966, 'LTpT_T3': 26.2439,
 'LTpT_T4': 10.4017, 'LTpT_T5': 10.1097, 'LTpT_T6': 15.2908, 'LTpT_T7': 18.3383, 'LTpT_T8': 29.2237,
 'LTpT_T9': 35.7769, 'LTpT_T10': 41.9869, 'LTpT_T11': 40.9276, 'LTpT_T12': 34.0799,
 'LTpT_R4': 10.9379, 'LTpT_R5': 11.125, 'LTpT_R6': 17.4549, 'LTpT_R7': 20.19, 'LTpT_R8': 32.5102,
 'LTpT_R9': 36.7624, 'LTpT_R10': 41.1614, 'LTpT_R11': 40.1381, 'LTpT_R12': 35.665,
 'LTpL_L5': 56.8564, 'LTpL_L4': 51.32, 'LTpL_L3': 45.454, 'LTpL_L2': 42.4693, 'LTpL_L1': 36.4777,
 'QL_post_I.1-L3': 18.7713, 'QL_post_I.2-L4': 24.6753, 'QL_post_I.2-L3': 9.60168, 'QL_post_I.2-L2': 17.6,
 'QL_post_I.3-L1': 13.0599, 'QL_post_I.3-L2': 13.3551, 'QL_post_I.3-L3': 23.4712,
 'QL_mid_L3-12.3': 6.1322, 'QL_mid_L3-12.2': 6.85049, 'QL_mid_L3-12.1': 11.6728, 'QL_mid_L2-12.1': 9.82881,
 'QL_mid_L4-12.3': 5.61502, 'QL_ant_I.2-T12': 7.2747, 'QL_ant_I.3-T12': 13.5189, 'QL_ant_I.2-12.1': 4.79053,
 'QL_ant_I.3-12.1': 9.08227, 'QL_ant_I.3-12.2': 5.99965, 'QL_ant_I.3-12.3': 6.97219,
 'MF_m1s': 19.2232, 'MF_m1t.1': 20.5758, 'MF_m1t.2': 17.2983, 'MF_m1t.3': 29.1992, 'MF_m2s': 18.8683,
 'MF_m2t.1': 18.4379, 'MF_m2t.2': 48.1255, 'MF_m2t.3': 47.9922, 'MF_m3s': 26.5912, 'MF_m3t.1': 26.1118,
 'MF_m3t.2': 25.2485, 'MF_m3t.3': 25.3773, 'MF_m4s': 25.2149, 'MF_m4t.1': 23.2997, 'MF_m4t.2': 23.4914,
 'MF_m4t.3': 24.0943, 'MF_m5s': 11.1762, 'MF_m5t.1': 11.5269, 'MF_m5t.2': 10.9307, 'MF_m5t.3': 12.5785,
 'MF_m1.laminar': 9.15012, 'MF_m2.laminar': 10.7147, 'MF_m3.laminar': 11.1801, 'MF_m4.laminar': 7.9503,
 'MF_m5.laminar': 17.9982, 'EO1': 54.702, 'EO2': 183.123, 'EO3': 123.573, 'EO4': 125.378, 'EO5': 209.571,
 'EO6': 133.746, 'IO1': 88.7829, 'IO2': 111.06, 'IO3': 114.385, 'IO4': 190.421, 'IO5': 122.431, 'IO6': 94.4598}

def group(f):
    if f.startswith('Ps_'): return 'psoas'
    if f.startswith('rect_abd'): return 'rectus_abdominis'
    if f.startswith('EO'): return 'external_oblique'
    if f.startswith('IO'): return 'internal_oblique'
    if f.startswith('QL'): return 'quadratus_lumborum'
    if f.startswith('MF'): return 'multifidus'
    if f.startswith('LTpL'): return 'longissimus_lumborum'
    if f.startswith('LTpT'): return 'longissimus_thoracis'
    if f.startswith('IL_L'): return 'iliocostalis_lumborum'
    if f.startswith('IL_R'): return 'iliocostalis_thoracis'
    raise ValueError(f)

L5S1 = origin('lumbar5')  # L5 body origin == L5_S1_IVDjnt centre (joint 'location' in child = 0)
SRC = 'Christophy2012 Lumbar_C_210 via MyoBack v0.1 (MyoHub/myo_sim@6a6f4dd back/assets/myoback_body.xml)'
rows = []
for f, pts in P.items():
    g = []
    for (b, x, y, z) in pts:
        o = origin(b)
        g.append((OUTBODY[b], x + o[0] - L5S1[0], y + o[1] - L5S1[1], z + o[2] - L5S1[2], b))
    # order caudal->cranial: by body level, then by y (source path order within a body is monotone in y)
    g.sort(key=lambda p: (LEVEL[p[0]], p[2]))
    # drop exact duplicate consecutive points
    pcsa = F[f] / SIGMA
    for side, s in (('R', 1), ('L', -1)):
        name = f + ('_r' if side == 'R' else '_l')
        for i, (B, X, Y, Z, _) in enumerate(g):
            rows.append([name, group(f), side, i, B, round(X, 6), round(Y, 6), round(s * Z, 6), round(pcsa, 4), SRC])

with open(os.path.join(OUT, 'lumbar_fascicles.csv'), 'w', newline='') as fh:
    w = csv.writer(fh); w.writerow(['fascicle','group','side','point_index','body','x_m','y_m','z_m','pcsa_cm2','source'])
    w.writerows(rows)

# joints: L(n)-L(n+1) centre == origin of the upper vertebra body (location in child = 0)
J = {'L5-S1': origin('lumbar5'), 'L4-L5': origin('lumbar4'), 'L3-L4': origin('lumbar3'),
     'L2-L3': origin('lumbar2'), 'L1-L2': origin('lumbar1')}
l1, l2 = J['L1-L2'], J['L2-L3']
J['T12-L1'] = tuple(2 * l1[i] - l2[i] for i in range(3))  # ESTIMATE: extrapolated (weld in source)
order = ['L5-S1', 'L4-L5', 'L3-L4', 'L2-L3', 'L1-L2', 'T12-L1']
pts = [tuple(J[k][i] - L5S1[i] for i in range(3)) for k in order]
def ang(t):  # disc-plane angle from horizontal; + = anterior edge higher (normal tilts posteriorly)
    return math.degrees(math.atan2(-t[0], t[1]))
with open(os.path.join(OUT, 'lumbar_joints.csv'), 'w', newline='') as fh:
    w = csv.writer(fh); w.writerow(['joint','x_m','y_m','z_m','disc_angle_deg','source'])
    for k, p in enumerate(pts):
        seg = []
        if k > 0: seg.append(tuple(p[i] - pts[k-1][i] for i in range(3)))
        if k < len(pts) - 1: seg.append(tuple(pts[k+1][i] - p[i] for i in range(3)))
        t = tuple(sum(s[i] / math.hypot(s[0], s[1]) for s in seg) for i in range(3))
        src = ('ESTIMATE extrapolated from L2-L3->L1-L2 spacing (T12-L1 is not an articulated joint in source)'
               if order[k] == 'T12-L1' else 'Christophy2012 osim joint location (body origin of upper vertebra)')
        w.writerow([order[k], round(p[0], 6), round(p[1], 6), round(p[2], 6), round(ang(t), 2),
                    src + '; disc angle DERIVED from neighbouring joint centres'])

# sanity checks
by = defaultdict(list)
for r in rows: by[r[0]].append(r)
cnt = defaultdict(int); tot = defaultdict(float); bad = []
for n, rs in by.items():
    cnt[(rs[0][1], rs[0][2])] += 1; tot[(rs[0][1], rs[0][2])] += rs[0][8]
    if rs[0][1].startswith(('longissimus', 'iliocostalis')) and any(r[5] >= 0 for r in rs): bad.append(n)
    if rs[0][4] == rs[-1][4]: print('WARN same body both ends', n)
print('fascicles', len(by), 'rows', len(rows))
for k in sorted(cnt): print(k, cnt[k], round(tot[k], 2))
es = sum(v for k, v in tot.items() if k[0] in ('longissimus_lumborum','longissimus_thoracis','iliocostalis_lumborum','iliocostalis_thoracis') and k[1]=='R')
print('ES total per side cm2', round(es, 2))
print('ES points with x>=0:', bad)
ra = [r for r in rows if r[1] == 'rectus_abdominis']; print('RA x values', [r[5] for r in ra])
mir = all(abs(a[7] + b[7]) < 1e-12 for a, b in zip([r for r in rows if r[2]=='R'], [r for r in rows if r[2]=='L']))
print('mirror ok', mir)
print('joints', pts)
