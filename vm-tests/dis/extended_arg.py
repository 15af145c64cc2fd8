def many():
    values = []
    values.append(1000)
    values.append(1007)
    values.append(1014)
    values.append(1021)
    values.append(1028)
    values.append(1035)
    values.append(1042)
    values.append(1049)
    values.append(1056)
    values.append(1063)
    values.append(1070)
    values.append(1077)
    values.append(1084)
    values.append(1091)
    values.append(1098)
    values.append(1105)
    values.append(1112)
    values.append(1119)
    values.append(1126)
    values.append(1133)
    values.append(1140)
    values.append(1147)
    values.append(1154)
    values.append(1161)
    values.append(1168)
    values.append(1175)
    values.append(1182)
    values.append(1189)
    values.append(1196)
    values.append(1203)
    values.append(1210)
    values.append(1217)
    values.append(1224)
    values.append(1231)
    values.append(1238)
    values.append(1245)
    values.append(1252)
    values.append(1259)
    values.append(1266)
    values.append(1273)
    values.append(1280)
    values.append(1287)
    values.append(1294)
    values.append(1301)
    values.append(1308)
    values.append(1315)
    values.append(1322)
    values.append(1329)
    values.append(1336)
    values.append(1343)
    values.append(1350)
    values.append(1357)
    values.append(1364)
    values.append(1371)
    values.append(1378)
    values.append(1385)
    values.append(1392)
    values.append(1399)
    values.append(1406)
    values.append(1413)
    values.append(1420)
    values.append(1427)
    values.append(1434)
    values.append(1441)
    values.append(1448)
    values.append(1455)
    values.append(1462)
    values.append(1469)
    values.append(1476)
    values.append(1483)
    values.append(1490)
    values.append(1497)
    values.append(1504)
    values.append(1511)
    values.append(1518)
    values.append(1525)
    values.append(1532)
    values.append(1539)
    values.append(1546)
    values.append(1553)
    values.append(1560)
    values.append(1567)
    values.append(1574)
    values.append(1581)
    values.append(1588)
    values.append(1595)
    values.append(1602)
    values.append(1609)
    values.append(1616)
    values.append(1623)
    values.append(1630)
    values.append(1637)
    values.append(1644)
    values.append(1651)
    values.append(1658)
    values.append(1665)
    values.append(1672)
    values.append(1679)
    values.append(1686)
    values.append(1693)
    values.append(1700)
    values.append(1707)
    values.append(1714)
    values.append(1721)
    values.append(1728)
    values.append(1735)
    values.append(1742)
    values.append(1749)
    values.append(1756)
    values.append(1763)
    values.append(1770)
    values.append(1777)
    values.append(1784)
    values.append(1791)
    values.append(1798)
    values.append(1805)
    values.append(1812)
    values.append(1819)
    values.append(1826)
    values.append(1833)
    values.append(1840)
    values.append(1847)
    values.append(1854)
    values.append(1861)
    values.append(1868)
    values.append(1875)
    values.append(1882)
    values.append(1889)
    values.append(1896)
    values.append(1903)
    values.append(1910)
    values.append(1917)
    values.append(1924)
    values.append(1931)
    values.append(1938)
    values.append(1945)
    values.append(1952)
    values.append(1959)
    values.append(1966)
    values.append(1973)
    values.append(1980)
    values.append(1987)
    values.append(1994)
    values.append(2001)
    values.append(2008)
    values.append(2015)
    values.append(2022)
    values.append(2029)
    values.append(2036)
    values.append(2043)
    values.append(2050)
    values.append(2057)
    values.append(2064)
    values.append(2071)
    values.append(2078)
    values.append(2085)
    values.append(2092)
    values.append(2099)
    values.append(2106)
    values.append(2113)
    values.append(2120)
    values.append(2127)
    values.append(2134)
    values.append(2141)
    values.append(2148)
    values.append(2155)
    values.append(2162)
    values.append(2169)
    values.append(2176)
    values.append(2183)
    values.append(2190)
    values.append(2197)
    values.append(2204)
    values.append(2211)
    values.append(2218)
    values.append(2225)
    values.append(2232)
    values.append(2239)
    values.append(2246)
    values.append(2253)
    values.append(2260)
    values.append(2267)
    values.append(2274)
    values.append(2281)
    values.append(2288)
    values.append(2295)
    values.append(2302)
    values.append(2309)
    values.append(2316)
    values.append(2323)
    values.append(2330)
    values.append(2337)
    values.append(2344)
    values.append(2351)
    values.append(2358)
    values.append(2365)
    values.append(2372)
    values.append(2379)
    values.append(2386)
    values.append(2393)
    values.append(2400)
    values.append(2407)
    values.append(2414)
    values.append(2421)
    values.append(2428)
    values.append(2435)
    values.append(2442)
    values.append(2449)
    values.append(2456)
    values.append(2463)
    values.append(2470)
    values.append(2477)
    values.append(2484)
    values.append(2491)
    values.append(2498)
    values.append(2505)
    values.append(2512)
    values.append(2519)
    values.append(2526)
    values.append(2533)
    values.append(2540)
    values.append(2547)
    values.append(2554)
    values.append(2561)
    values.append(2568)
    values.append(2575)
    values.append(2582)
    values.append(2589)
    values.append(2596)
    values.append(2603)
    values.append(2610)
    values.append(2617)
    values.append(2624)
    values.append(2631)
    values.append(2638)
    values.append(2645)
    values.append(2652)
    values.append(2659)
    values.append(2666)
    values.append(2673)
    values.append(2680)
    values.append(2687)
    values.append(2694)
    values.append(2701)
    values.append(2708)
    values.append(2715)
    values.append(2722)
    values.append(2729)
    values.append(2736)
    values.append(2743)
    values.append(2750)
    values.append(2757)
    values.append(2764)
    values.append(2771)
    values.append(2778)
    values.append(2785)
    values.append(2792)
    values.append(2799)
    values.append(2806)
    values.append(2813)
    values.append(2820)
    values.append(2827)
    values.append(2834)
    values.append(2841)
    values.append(2848)
    values.append(2855)
    values.append(2862)
    values.append(2869)
    values.append(2876)
    values.append(2883)
    values.append(2890)
    values.append(2897)
    values.append(2904)
    values.append(2911)
    values.append(2918)
    values.append(2925)
    values.append(2932)
    values.append(2939)
    values.append(2946)
    values.append(2953)
    values.append(2960)
    values.append(2967)
    values.append(2974)
    values.append(2981)
    values.append(2988)
    values.append(2995)
    values.append(3002)
    values.append(3009)
    values.append(3016)
    values.append(3023)
    values.append(3030)
    values.append(3037)
    values.append(3044)
    values.append(3051)
    values.append(3058)
    values.append(3065)
    values.append(3072)
    values.append(3079)
    values.append(3086)
    values.append(3093)
    return values


name_0 = 0
name_1 = 1
name_2 = 2
name_3 = 3
name_4 = 4
name_5 = 5
name_6 = 6
name_7 = 7
name_8 = 8
name_9 = 9
name_10 = 10
name_11 = 11
name_12 = 12
name_13 = 13
name_14 = 14
name_15 = 15
name_16 = 16
name_17 = 17
name_18 = 18
name_19 = 19
name_20 = 20
name_21 = 21
name_22 = 22
name_23 = 23
name_24 = 24
name_25 = 25
name_26 = 26
name_27 = 27
name_28 = 28
name_29 = 29
name_30 = 30
name_31 = 31
name_32 = 32
name_33 = 33
name_34 = 34
name_35 = 35
name_36 = 36
name_37 = 37
name_38 = 38
name_39 = 39
name_40 = 40
name_41 = 41
name_42 = 42
name_43 = 43
name_44 = 44
name_45 = 45
name_46 = 46
name_47 = 47
name_48 = 48
name_49 = 49
name_50 = 50
name_51 = 51
name_52 = 52
name_53 = 53
name_54 = 54
name_55 = 55
name_56 = 56
name_57 = 57
name_58 = 58
name_59 = 59
name_60 = 60
name_61 = 61
name_62 = 62
name_63 = 63
name_64 = 64
name_65 = 65
name_66 = 66
name_67 = 67
name_68 = 68
name_69 = 69
name_70 = 70
name_71 = 71
name_72 = 72
name_73 = 73
name_74 = 74
name_75 = 75
name_76 = 76
name_77 = 77
name_78 = 78
name_79 = 79
name_80 = 80
name_81 = 81
name_82 = 82
name_83 = 83
name_84 = 84
name_85 = 85
name_86 = 86
name_87 = 87
name_88 = 88
name_89 = 89
name_90 = 90
name_91 = 91
name_92 = 92
name_93 = 93
name_94 = 94
name_95 = 95
name_96 = 96
name_97 = 97
name_98 = 98
name_99 = 99
name_100 = 100
name_101 = 101
name_102 = 102
name_103 = 103
name_104 = 104
name_105 = 105
name_106 = 106
name_107 = 107
name_108 = 108
name_109 = 109
name_110 = 110
name_111 = 111
name_112 = 112
name_113 = 113
name_114 = 114
name_115 = 115
name_116 = 116
name_117 = 117
name_118 = 118
name_119 = 119
name_120 = 120
name_121 = 121
name_122 = 122
name_123 = 123
name_124 = 124
name_125 = 125
name_126 = 126
name_127 = 127
name_128 = 128
name_129 = 129
name_130 = 130
name_131 = 131
name_132 = 132
name_133 = 133
name_134 = 134
name_135 = 135
name_136 = 136
name_137 = 137
name_138 = 138
name_139 = 139
name_140 = 140
name_141 = 141
name_142 = 142
name_143 = 143
name_144 = 144
name_145 = 145
name_146 = 146
name_147 = 147
name_148 = 148
name_149 = 149
name_150 = 150
name_151 = 151
name_152 = 152
name_153 = 153
name_154 = 154
name_155 = 155
name_156 = 156
name_157 = 157
name_158 = 158
name_159 = 159
name_160 = 160
name_161 = 161
name_162 = 162
name_163 = 163
name_164 = 164
name_165 = 165
name_166 = 166
name_167 = 167
name_168 = 168
name_169 = 169
name_170 = 170
name_171 = 171
name_172 = 172
name_173 = 173
name_174 = 174
name_175 = 175
name_176 = 176
name_177 = 177
name_178 = 178
name_179 = 179
name_180 = 180
name_181 = 181
name_182 = 182
name_183 = 183
name_184 = 184
name_185 = 185
name_186 = 186
name_187 = 187
name_188 = 188
name_189 = 189
name_190 = 190
name_191 = 191
name_192 = 192
name_193 = 193
name_194 = 194
name_195 = 195
name_196 = 196
name_197 = 197
name_198 = 198
name_199 = 199
name_200 = 200
name_201 = 201
name_202 = 202
name_203 = 203
name_204 = 204
name_205 = 205
name_206 = 206
name_207 = 207
name_208 = 208
name_209 = 209
name_210 = 210
name_211 = 211
name_212 = 212
name_213 = 213
name_214 = 214
name_215 = 215
name_216 = 216
name_217 = 217
name_218 = 218
name_219 = 219
name_220 = 220
name_221 = 221
name_222 = 222
name_223 = 223
name_224 = 224
name_225 = 225
name_226 = 226
name_227 = 227
name_228 = 228
name_229 = 229
name_230 = 230
name_231 = 231
name_232 = 232
name_233 = 233
name_234 = 234
name_235 = 235
name_236 = 236
name_237 = 237
name_238 = 238
name_239 = 239
name_240 = 240
name_241 = 241
name_242 = 242
name_243 = 243
name_244 = 244
name_245 = 245
name_246 = 246
name_247 = 247
name_248 = 248
name_249 = 249
name_250 = 250
name_251 = 251
name_252 = 252
name_253 = 253
name_254 = 254
name_255 = 255
name_256 = 256
name_257 = 257
name_258 = 258
name_259 = 259
name_260 = 260
name_261 = 261
name_262 = 262
name_263 = 263
name_264 = 264
name_265 = 265
name_266 = 266
name_267 = 267
name_268 = 268
name_269 = 269
v = many()
print(len(v), v[0], v[-1], sum(v), name_0 + name_269)
