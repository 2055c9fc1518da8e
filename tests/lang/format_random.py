# Format specs and %-conversions drawn at random (seeds 1-3 of a generator
# of fills, alignments, signs, '#', '0', widths, grouping, precisions and
# types over ints, floats, bools and strs), compared with CPython 3.11;
# cases that need integers past 64 bits are left out.
try:
    print(0, repr(format(2**40, '+.0')))
except Exception as ex:
    print(0, type(ex).__name__, ex)
try:
    print(1, repr(format(False, '-_.0b')))
except Exception as ex:
    print(1, type(ex).__name__, ex)
try:
    print(2, repr('%%' % (False,)))
except Exception as ex:
    print(2, type(ex).__name__, ex)
try:
    print(3, repr(format(9.99, '')))
except Exception as ex:
    print(3, type(ex).__name__, ex)
try:
    print(4, repr(format(1234567, '#X')))
except Exception as ex:
    print(4, type(ex).__name__, ex)
try:
    print(5, repr(format(-2.5, ',o')))
except Exception as ex:
    print(5, type(ex).__name__, ex)
try:
    print(6, repr(format(1.5, '0,g')))
except Exception as ex:
    print(6, type(ex).__name__, ex)
try:
    print(7, repr(format(1, ',')))
except Exception as ex:
    print(7, type(ex).__name__, ex)
try:
    print(8, repr(format(1e-7, 'X')))
except Exception as ex:
    print(8, type(ex).__name__, ex)
try:
    print(9, repr('%12G' % (0.5,)))
except Exception as ex:
    print(9, type(ex).__name__, ex)
try:
    print(10, repr(format('é', '1c')))
except Exception as ex:
    print(10, type(ex).__name__, ex)
try:
    print(11, repr(format(1e16, '+2,.1E')))
except Exception as ex:
    print(11, type(ex).__name__, ex)
try:
    print(12, repr('%3o' % (-0.0,)))
except Exception as ex:
    print(12, type(ex).__name__, ex)
try:
    print(13, repr(format(1, 'b')))
except Exception as ex:
    print(13, type(ex).__name__, ex)
try:
    print(14, repr(format(1e-7, '_>g')))
except Exception as ex:
    print(14, type(ex).__name__, ex)
try:
    print(15, repr(format(1e-7, '_^1.1E')))
except Exception as ex:
    print(15, type(ex).__name__, ex)
try:
    print(16, repr(format(-0.0, '<20')))
except Exception as ex:
    print(16, type(ex).__name__, ex)
try:
    print(17, repr(format(1e300, '>12n')))
except Exception as ex:
    print(17, type(ex).__name__, ex)
try:
    print(18, repr('% x' % ('abc',)))
except Exception as ex:
    print(18, type(ex).__name__, ex)
try:
    print(19, repr(format(float('nan'), '=s')))
except Exception as ex:
    print(19, type(ex).__name__, ex)
try:
    print(20, repr(format(-1, ' >-2,s')))
except Exception as ex:
    print(20, type(ex).__name__, ex)
try:
    print(21, repr(format(9.99, '+,.17G')))
except Exception as ex:
    print(21, type(ex).__name__, ex)
try:
    print(22, repr(format(1e-7, '2,o')))
except Exception as ex:
    print(22, type(ex).__name__, ex)
try:
    print(23, repr(format(0, '> 01,.17')))
except Exception as ex:
    print(23, type(ex).__name__, ex)
try:
    print(24, repr(format(-1e-300, '20.10f')))
except Exception as ex:
    print(24, type(ex).__name__, ex)
try:
    print(25, repr(format('abc', '08')))
except Exception as ex:
    print(25, type(ex).__name__, ex)
try:
    print(26, repr('%+ -0i' % (0.5,)))
except Exception as ex:
    print(26, type(ex).__name__, ex)
try:
    print(27, repr(format('x'*3, '1')))
except Exception as ex:
    print(27, type(ex).__name__, ex)
try:
    print(28, repr(format(123456.789, ' <+20,.0x')))
except Exception as ex:
    print(28, type(ex).__name__, ex)
try:
    print(29, repr(format(float('-inf'), ' .2')))
except Exception as ex:
    print(29, type(ex).__name__, ex)
try:
    print(30, repr(format(float('inf'), '08.10')))
except Exception as ex:
    print(30, type(ex).__name__, ex)
try:
    print(31, repr(format(0.125, ' .17G')))
except Exception as ex:
    print(31, type(ex).__name__, ex)
try:
    print(32, repr('%3.5s' % ('x'*3,)))
except Exception as ex:
    print(32, type(ex).__name__, ex)
try:
    print(33, repr('% +03f' % ('é',)))
except Exception as ex:
    print(33, type(ex).__name__, ex)
try:
    print(34, repr(format('abc', '>#e')))
except Exception as ex:
    print(34, type(ex).__name__, ex)
try:
    print(35, repr(format(3.14159, '')))
except Exception as ex:
    print(35, type(ex).__name__, ex)
try:
    print(36, repr(format(1e-7, ' ^+')))
except Exception as ex:
    print(36, type(ex).__name__, ex)
try:
    print(37, repr('%X' % (255,)))
except Exception as ex:
    print(37, type(ex).__name__, ex)
try:
    print(38, repr(format(0.0, ' <20,E')))
except Exception as ex:
    print(38, type(ex).__name__, ex)
try:
    print(39, repr(format(1234567, '#%')))
except Exception as ex:
    print(39, type(ex).__name__, ex)
try:
    print(40, repr('%#+a' % (3.14159,)))
except Exception as ex:
    print(40, type(ex).__name__, ex)
try:
    print(41, repr(format(0.125, '#12n')))
except Exception as ex:
    print(41, type(ex).__name__, ex)
try:
    print(42, repr(format(1, '-o')))
except Exception as ex:
    print(42, type(ex).__name__, ex)
try:
    print(43, repr('%a' % ('x'*3,)))
except Exception as ex:
    print(43, type(ex).__name__, ex)
try:
    print(44, repr('%.2o' % ('é',)))
except Exception as ex:
    print(44, type(ex).__name__, ex)
try:
    print(45, repr(format(1, '_G')))
except Exception as ex:
    print(45, type(ex).__name__, ex)
try:
    print(46, repr('%#.10c' % (float('-inf'),)))
except Exception as ex:
    print(46, type(ex).__name__, ex)
try:
    print(47, repr('%8.10s' % (float('nan'),)))
except Exception as ex:
    print(47, type(ex).__name__, ex)
try:
    print(48, repr('%e' % (1e22,)))
except Exception as ex:
    print(48, type(ex).__name__, ex)
try:
    print(49, repr('%F' % (2.675,)))
except Exception as ex:
    print(49, type(ex).__name__, ex)
try:
    print(50, repr(format(-0.0, ' #5')))
except Exception as ex:
    print(50, type(ex).__name__, ex)
try:
    print(51, repr(format(-42, '12_')))
except Exception as ex:
    print(51, type(ex).__name__, ex)
try:
    print(52, repr('%3r' % (-42,)))
except Exception as ex:
    print(52, type(ex).__name__, ex)
try:
    print(53, repr(format(123456.789, '0.10g')))
except Exception as ex:
    print(53, type(ex).__name__, ex)
try:
    print(54, repr(format(1, '+.10c')))
except Exception as ex:
    print(54, type(ex).__name__, ex)
try:
    print(55, repr(format(True, '-G')))
except Exception as ex:
    print(55, type(ex).__name__, ex)
try:
    print(56, repr(format('abc', '%')))
except Exception as ex:
    print(56, type(ex).__name__, ex)
try:
    print(57, repr(format('abc', '0_')))
except Exception as ex:
    print(57, type(ex).__name__, ex)
try:
    print(58, repr('%+0-F' % (0.0,)))
except Exception as ex:
    print(58, type(ex).__name__, ex)
try:
    print(59, repr(format('abc', '05x')))
except Exception as ex:
    print(59, type(ex).__name__, ex)
try:
    print(60, repr('%#%' % (1,)))
except Exception as ex:
    print(60, type(ex).__name__, ex)
try:
    print(61, repr('%+-#8X' % (float('nan'),)))
except Exception as ex:
    print(61, type(ex).__name__, ex)
try:
    print(62, repr(format(1e-7, ' = 1.0')))
except Exception as ex:
    print(62, type(ex).__name__, ex)
try:
    print(63, repr('%1.1s' % (float('inf'),)))
except Exception as ex:
    print(63, type(ex).__name__, ex)
try:
    print(64, repr(format(0, '12b')))
except Exception as ex:
    print(64, type(ex).__name__, ex)
try:
    print(65, repr(format(2**40, '=+020o')))
except Exception as ex:
    print(65, type(ex).__name__, ex)
try:
    print(66, repr('%0X' % (1e22,)))
except Exception as ex:
    print(66, type(ex).__name__, ex)
try:
    print(67, repr(format(float('-inf'), '%')))
except Exception as ex:
    print(67, type(ex).__name__, ex)
try:
    print(68, repr('%f' % (-42,)))
except Exception as ex:
    print(68, type(ex).__name__, ex)
try:
    print(69, repr('%#.0a' % (1.5,)))
except Exception as ex:
    print(69, type(ex).__name__, ex)
try:
    print(70, repr(format(1e300, ' #s')))
except Exception as ex:
    print(70, type(ex).__name__, ex)
try:
    print(71, repr(format(1e22, '+012_')))
except Exception as ex:
    print(71, type(ex).__name__, ex)
try:
    print(72, repr(format(123456.789, 'd')))
except Exception as ex:
    print(72, type(ex).__name__, ex)
try:
    print(73, repr(format('x'*3, '20F')))
except Exception as ex:
    print(73, type(ex).__name__, ex)
try:
    print(74, repr(format(float('inf'), '#.10s')))
except Exception as ex:
    print(74, type(ex).__name__, ex)
try:
    print(75, repr(format(1e300, '0^5')))
except Exception as ex:
    print(75, type(ex).__name__, ex)
try:
    print(76, repr('%12f' % (255,)))
except Exception as ex:
    print(76, type(ex).__name__, ex)
try:
    print(77, repr('%3%' % (3.14159,)))
except Exception as ex:
    print(77, type(ex).__name__, ex)
try:
    print(78, repr(format(float('nan'), '*^5')))
except Exception as ex:
    print(78, type(ex).__name__, ex)
try:
    print(79, repr('%0.0e' % (1e22,)))
except Exception as ex:
    print(79, type(ex).__name__, ex)
try:
    print(80, repr(format(1.5, '.25')))
except Exception as ex:
    print(80, type(ex).__name__, ex)
try:
    print(81, repr(format(3.14159, 'e')))
except Exception as ex:
    print(81, type(ex).__name__, ex)
try:
    print(82, repr('%c' % (0,)))
except Exception as ex:
    print(82, type(ex).__name__, ex)
try:
    print(83, repr('%8.2s' % (1e300,)))
except Exception as ex:
    print(83, type(ex).__name__, ex)
try:
    print(84, repr('%.10F' % (-9876543,)))
except Exception as ex:
    print(84, type(ex).__name__, ex)
try:
    print(85, repr(format('é', '2_d')))
except Exception as ex:
    print(85, type(ex).__name__, ex)
try:
    print(86, repr('%G' % (1e16,)))
except Exception as ex:
    print(86, type(ex).__name__, ex)
try:
    print(87, repr(format('é', '.25x')))
except Exception as ex:
    print(87, type(ex).__name__, ex)
try:
    print(88, repr('%.0a' % (True,)))
except Exception as ex:
    print(88, type(ex).__name__, ex)
try:
    print(89, repr(format(float('-inf'), '*^#F')))
except Exception as ex:
    print(89, type(ex).__name__, ex)
try:
    print(90, repr(format(1e22, '.2d')))
except Exception as ex:
    print(90, type(ex).__name__, ex)
try:
    print(91, repr('%#.1s' % (1e-7,)))
except Exception as ex:
    print(91, type(ex).__name__, ex)
try:
    print(92, repr(format(255, '+.17')))
except Exception as ex:
    print(92, type(ex).__name__, ex)
try:
    print(93, repr('%0i' % (-9876543,)))
except Exception as ex:
    print(93, type(ex).__name__, ex)
try:
    print(94, repr(format(False, '.3E')))
except Exception as ex:
    print(94, type(ex).__name__, ex)
try:
    print(95, repr('%e' % ('é',)))
except Exception as ex:
    print(95, type(ex).__name__, ex)
try:
    print(96, repr('% 0-o' % (float('nan'),)))
except Exception as ex:
    print(96, type(ex).__name__, ex)
try:
    print(97, repr(format(1e-7, '*=-#d')))
except Exception as ex:
    print(97, type(ex).__name__, ex)
try:
    print(98, repr(format('é', '.2')))
except Exception as ex:
    print(98, type(ex).__name__, ex)
try:
    print(99, repr(format('x'*3, '0>5.2e')))
except Exception as ex:
    print(99, type(ex).__name__, ex)
try:
    print(100, repr('%1E' % (255,)))
except Exception as ex:
    print(100, type(ex).__name__, ex)
try:
    print(101, repr(format(-2.5, '.3o')))
except Exception as ex:
    print(101, type(ex).__name__, ex)
try:
    print(102, repr(format(float('nan'), '#20,.1')))
except Exception as ex:
    print(102, type(ex).__name__, ex)
try:
    print(103, repr(format(1234567, ' <#12.10G')))
except Exception as ex:
    print(103, type(ex).__name__, ex)
try:
    print(104, repr('%+ 012a' % (float('inf'),)))
except Exception as ex:
    print(104, type(ex).__name__, ex)
try:
    print(105, repr(format('é', '8,.17b')))
except Exception as ex:
    print(105, type(ex).__name__, ex)
try:
    print(106, repr(format(1e16, '+012.0g')))
except Exception as ex:
    print(106, type(ex).__name__, ex)
try:
    print(107, repr(format(2**40, '+.2')))
except Exception as ex:
    print(107, type(ex).__name__, ex)
try:
    print(108, repr('%.2s' % (False,)))
except Exception as ex:
    print(108, type(ex).__name__, ex)
try:
    print(109, repr('%12o' % (0,)))
except Exception as ex:
    print(109, type(ex).__name__, ex)
try:
    print(110, repr(format(2.675, '5_s')))
except Exception as ex:
    print(110, type(ex).__name__, ex)
try:
    print(111, repr('%G' % (0,)))
except Exception as ex:
    print(111, type(ex).__name__, ex)
try:
    print(112, repr('%.5E' % (1e22,)))
except Exception as ex:
    print(112, type(ex).__name__, ex)
try:
    print(113, repr(format(3.14159, '#0o')))
except Exception as ex:
    print(113, type(ex).__name__, ex)
try:
    print(114, repr('%3E' % (7,)))
except Exception as ex:
    print(114, type(ex).__name__, ex)
try:
    print(115, repr(format(0.0, '#2.0e')))
except Exception as ex:
    print(115, type(ex).__name__, ex)
try:
    print(116, repr('%1.2g' % (False,)))
except Exception as ex:
    print(116, type(ex).__name__, ex)
try:
    print(117, repr('%8e' % (3.14159,)))
except Exception as ex:
    print(117, type(ex).__name__, ex)
try:
    print(118, repr(format('', '5d')))
except Exception as ex:
    print(118, type(ex).__name__, ex)
try:
    print(119, repr('%.1x' % (2.675,)))
except Exception as ex:
    print(119, type(ex).__name__, ex)
try:
    print(120, repr('%+#E' % (1234567,)))
except Exception as ex:
    print(120, type(ex).__name__, ex)
try:
    print(121, repr('%1.10X' % ('',)))
except Exception as ex:
    print(121, type(ex).__name__, ex)
try:
    print(122, repr(format(1.5, '*=+e')))
except Exception as ex:
    print(122, type(ex).__name__, ex)
try:
    print(123, repr('%-#0a' % ('abc',)))
except Exception as ex:
    print(123, type(ex).__name__, ex)
try:
    print(124, repr('%-.2r' % (-1,)))
except Exception as ex:
    print(124, type(ex).__name__, ex)
try:
    print(125, repr(format(-0.0, '8s')))
except Exception as ex:
    print(125, type(ex).__name__, ex)
try:
    print(126, repr('%1.2X' % (False,)))
except Exception as ex:
    print(126, type(ex).__name__, ex)
try:
    print(127, repr('% 3.10%' % (255,)))
except Exception as ex:
    print(127, type(ex).__name__, ex)
try:
    print(128, repr(format(0, '0> 020.25e')))
except Exception as ex:
    print(128, type(ex).__name__, ex)
try:
    print(129, repr('%-0 8x' % (255,)))
except Exception as ex:
    print(129, type(ex).__name__, ex)
try:
    print(130, repr('%1c' % (-42,)))
except Exception as ex:
    print(130, type(ex).__name__, ex)
try:
    print(131, repr('%+ 3.2e' % (float('-inf'),)))
except Exception as ex:
    print(131, type(ex).__name__, ex)
try:
    print(132, repr(format(2.675, '#8_.2')))
except Exception as ex:
    print(132, type(ex).__name__, ex)
try:
    print(133, repr(format(1234567, '12G')))
except Exception as ex:
    print(133, type(ex).__name__, ex)
try:
    print(134, repr('%e' % (2**40,)))
except Exception as ex:
    print(134, type(ex).__name__, ex)
try:
    print(135, repr('%0E' % (False,)))
except Exception as ex:
    print(135, type(ex).__name__, ex)
try:
    print(136, repr('%3x' % ('é',)))
except Exception as ex:
    print(136, type(ex).__name__, ex)
try:
    print(137, repr(format(1.5, '+.1b')))
except Exception as ex:
    print(137, type(ex).__name__, ex)
try:
    print(138, repr('%0c' % ('',)))
except Exception as ex:
    print(138, type(ex).__name__, ex)
try:
    print(139, repr(format(True, '0d')))
except Exception as ex:
    print(139, type(ex).__name__, ex)
try:
    print(140, repr(format(-1e-300, ' %')))
except Exception as ex:
    print(140, type(ex).__name__, ex)
try:
    print(141, repr(format(float('-inf'), '8G')))
except Exception as ex:
    print(141, type(ex).__name__, ex)
try:
    print(142, repr(format(1e22, ',.0f')))
except Exception as ex:
    print(142, type(ex).__name__, ex)
try:
    print(143, repr('%3a' % (float('nan'),)))
except Exception as ex:
    print(143, type(ex).__name__, ex)
try:
    print(144, repr('%s' % (255,)))
except Exception as ex:
    print(144, type(ex).__name__, ex)
try:
    print(145, repr('%00r' % (-0.0,)))
except Exception as ex:
    print(145, type(ex).__name__, ex)
try:
    print(146, repr('%.0E' % (True,)))
except Exception as ex:
    print(146, type(ex).__name__, ex)
try:
    print(147, repr('%0-1f' % (1e16,)))
except Exception as ex:
    print(147, type(ex).__name__, ex)
try:
    print(148, repr(format('é', '_^+')))
except Exception as ex:
    print(148, type(ex).__name__, ex)
try:
    print(149, repr(format(-42, ' #12_.2')))
except Exception as ex:
    print(149, type(ex).__name__, ex)
try:
    print(150, repr('%X' % (-1,)))
except Exception as ex:
    print(150, type(ex).__name__, ex)
try:
    print(151, repr(format(-2.5, '20_.10%')))
except Exception as ex:
    print(151, type(ex).__name__, ex)
try:
    print(152, repr(format(0, ' #.3E')))
except Exception as ex:
    print(152, type(ex).__name__, ex)
try:
    print(153, repr(format(3.14159, '012n')))
except Exception as ex:
    print(153, type(ex).__name__, ex)
try:
    print(154, repr(format(0.5, 'f')))
except Exception as ex:
    print(154, type(ex).__name__, ex)
try:
    print(155, repr('%#0 %' % (-42,)))
except Exception as ex:
    print(155, type(ex).__name__, ex)
try:
    print(156, repr(format(0.5, ' ^2,f')))
except Exception as ex:
    print(156, type(ex).__name__, ex)
try:
    print(157, repr(format(1e-7, 'x^12,.0b')))
except Exception as ex:
    print(157, type(ex).__name__, ex)
try:
    print(158, repr(format(float('inf'), '0x')))
except Exception as ex:
    print(158, type(ex).__name__, ex)
try:
    print(159, repr('%1G' % (-1e-300,)))
except Exception as ex:
    print(159, type(ex).__name__, ex)
try:
    print(160, repr(format(123456.789, '1.0o')))
except Exception as ex:
    print(160, type(ex).__name__, ex)
try:
    print(161, repr(format(1e-7, '+g')))
except Exception as ex:
    print(161, type(ex).__name__, ex)
try:
    print(162, repr(format(9.99, '0=8_F')))
except Exception as ex:
    print(162, type(ex).__name__, ex)
try:
    print(163, repr('%.1f' % (0,)))
except Exception as ex:
    print(163, type(ex).__name__, ex)
try:
    print(164, repr(format('', '>+00b')))
except Exception as ex:
    print(164, type(ex).__name__, ex)
try:
    print(165, repr(format(0, '2e')))
except Exception as ex:
    print(165, type(ex).__name__, ex)
try:
    print(166, repr(format(1.5, ' 00,d')))
except Exception as ex:
    print(166, type(ex).__name__, ex)
try:
    print(167, repr(format(0.125, '#_.0')))
except Exception as ex:
    print(167, type(ex).__name__, ex)
try:
    print(168, repr(format(float('-inf'), '*>#,')))
except Exception as ex:
    print(168, type(ex).__name__, ex)
try:
    print(169, repr('%g' % ('',)))
except Exception as ex:
    print(169, type(ex).__name__, ex)
try:
    print(170, repr(format(float('-inf'), ',f')))
except Exception as ex:
    print(170, type(ex).__name__, ex)
try:
    print(171, repr('%#g' % (1.5,)))
except Exception as ex:
    print(171, type(ex).__name__, ex)
try:
    print(172, repr(format(True, '2,')))
except Exception as ex:
    print(172, type(ex).__name__, ex)
try:
    print(173, repr(format(0.0, '+#12.25F')))
except Exception as ex:
    print(173, type(ex).__name__, ex)
try:
    print(174, repr(format(0.0, '1.0')))
except Exception as ex:
    print(174, type(ex).__name__, ex)
try:
    print(175, repr('%3G' % (-2.5,)))
except Exception as ex:
    print(175, type(ex).__name__, ex)
try:
    print(176, repr('%- e' % (float('nan'),)))
except Exception as ex:
    print(176, type(ex).__name__, ex)
try:
    print(177, repr(format(7, '2.1')))
except Exception as ex:
    print(177, type(ex).__name__, ex)
try:
    print(178, repr(format(1e-7, '+#')))
except Exception as ex:
    print(178, type(ex).__name__, ex)
try:
    print(179, repr('%.2e' % ('',)))
except Exception as ex:
    print(179, type(ex).__name__, ex)
try:
    print(180, repr('%+1.5G' % ('',)))
except Exception as ex:
    print(180, type(ex).__name__, ex)
try:
    print(181, repr(format(1.5, '12s')))
except Exception as ex:
    print(181, type(ex).__name__, ex)
try:
    print(182, repr(format(1, '2,%')))
except Exception as ex:
    print(182, type(ex).__name__, ex)
try:
    print(183, repr('%r' % (123456.789,)))
except Exception as ex:
    print(183, type(ex).__name__, ex)
try:
    print(184, repr(format(-42, '.6')))
except Exception as ex:
    print(184, type(ex).__name__, ex)
try:
    print(185, repr(format(9.99, '*^-20n')))
except Exception as ex:
    print(185, type(ex).__name__, ex)
try:
    print(186, repr('%-#12e' % (1e16,)))
except Exception as ex:
    print(186, type(ex).__name__, ex)
try:
    print(187, repr('%+-.0d' % ('abc',)))
except Exception as ex:
    print(187, type(ex).__name__, ex)
try:
    print(188, repr(format(1e300, '0.25n')))
except Exception as ex:
    print(188, type(ex).__name__, ex)
try:
    print(189, repr(format(True, '.10d')))
except Exception as ex:
    print(189, type(ex).__name__, ex)
try:
    print(190, repr('%0 .5a' % ('x'*3,)))
except Exception as ex:
    print(190, type(ex).__name__, ex)
try:
    print(191, repr(format(0, '05.6d')))
except Exception as ex:
    print(191, type(ex).__name__, ex)
try:
    print(192, repr(format(float('nan'), 'G')))
except Exception as ex:
    print(192, type(ex).__name__, ex)
try:
    print(193, repr('%.1s' % (1e300,)))
except Exception as ex:
    print(193, type(ex).__name__, ex)
try:
    print(194, repr(format(float('nan'), '20.3s')))
except Exception as ex:
    print(194, type(ex).__name__, ex)
try:
    print(195, repr(format(1234567, '#,g')))
except Exception as ex:
    print(195, type(ex).__name__, ex)
try:
    print(196, repr(format(False, ',%')))
except Exception as ex:
    print(196, type(ex).__name__, ex)
try:
    print(197, repr(format(1e-7, '.10d')))
except Exception as ex:
    print(197, type(ex).__name__, ex)
try:
    print(198, repr(format('abc', '1.3x')))
except Exception as ex:
    print(198, type(ex).__name__, ex)
try:
    print(199, repr('%0%' % (0.125,)))
except Exception as ex:
    print(199, type(ex).__name__, ex)
try:
    print(200, repr('%.5a' % (0.0,)))
except Exception as ex:
    print(200, type(ex).__name__, ex)
try:
    print(201, repr(format('x'*3, '0.25c')))
except Exception as ex:
    print(201, type(ex).__name__, ex)
try:
    print(202, repr(format(float('inf'), 'g')))
except Exception as ex:
    print(202, type(ex).__name__, ex)
try:
    print(203, repr('%12.10E' % ('abc',)))
except Exception as ex:
    print(203, type(ex).__name__, ex)
try:
    print(204, repr('%.0G' % (7,)))
except Exception as ex:
    print(204, type(ex).__name__, ex)
try:
    print(205, repr(format(True, '.17')))
except Exception as ex:
    print(205, type(ex).__name__, ex)
try:
    print(206, repr('% +12.1F' % (False,)))
except Exception as ex:
    print(206, type(ex).__name__, ex)
try:
    print(207, repr(format(1234567, '-0.10F')))
except Exception as ex:
    print(207, type(ex).__name__, ex)
try:
    print(208, repr(format(float('inf'), '1,g')))
except Exception as ex:
    print(208, type(ex).__name__, ex)
try:
    print(209, repr(format(2**40, ',.25b')))
except Exception as ex:
    print(209, type(ex).__name__, ex)
try:
    print(210, repr(format(255, '12.25g')))
except Exception as ex:
    print(210, type(ex).__name__, ex)
try:
    print(211, repr('% 12.0o' % (-2.5,)))
except Exception as ex:
    print(211, type(ex).__name__, ex)
try:
    print(212, repr(format('abc', '2_')))
except Exception as ex:
    print(212, type(ex).__name__, ex)
try:
    print(213, repr(format(False, '00.25b')))
except Exception as ex:
    print(213, type(ex).__name__, ex)
try:
    print(214, repr('%8f' % (1.5,)))
except Exception as ex:
    print(214, type(ex).__name__, ex)
try:
    print(215, repr(format('é', '_^5_X')))
except Exception as ex:
    print(215, type(ex).__name__, ex)
try:
    print(216, repr('%-1.5s' % (3.14159,)))
except Exception as ex:
    print(216, type(ex).__name__, ex)
try:
    print(217, repr(format(0.5, '_F')))
except Exception as ex:
    print(217, type(ex).__name__, ex)
try:
    print(218, repr('%3i' % (3.14159,)))
except Exception as ex:
    print(218, type(ex).__name__, ex)
try:
    print(219, repr(format(0.125, '#0,.17')))
except Exception as ex:
    print(219, type(ex).__name__, ex)
try:
    print(220, repr(format(3.14159, '-8_.6')))
except Exception as ex:
    print(220, type(ex).__name__, ex)
try:
    print(221, repr('%0.1%' % (float('inf'),)))
except Exception as ex:
    print(221, type(ex).__name__, ex)
try:
    print(222, repr(format(2.675, 'F')))
except Exception as ex:
    print(222, type(ex).__name__, ex)
try:
    print(223, repr('%-o' % (0.5,)))
except Exception as ex:
    print(223, type(ex).__name__, ex)
try:
    print(224, repr(format(True, '1s')))
except Exception as ex:
    print(224, type(ex).__name__, ex)
try:
    print(225, repr(format(float('inf'), '>00b')))
except Exception as ex:
    print(225, type(ex).__name__, ex)
try:
    print(226, repr(format('abc', 'n')))
except Exception as ex:
    print(226, type(ex).__name__, ex)
try:
    print(227, repr(format(-1, '< 1.10')))
except Exception as ex:
    print(227, type(ex).__name__, ex)
try:
    print(228, repr(format('', ' > 8X')))
except Exception as ex:
    print(228, type(ex).__name__, ex)
try:
    print(229, repr(format(-42, ' d')))
except Exception as ex:
    print(229, type(ex).__name__, ex)
try:
    print(230, repr('% 8.1E' % (1.5,)))
except Exception as ex:
    print(230, type(ex).__name__, ex)
try:
    print(231, repr(format(1e16, 'E')))
except Exception as ex:
    print(231, type(ex).__name__, ex)
try:
    print(232, repr('%c' % (-1e-300,)))
except Exception as ex:
    print(232, type(ex).__name__, ex)
try:
    print(233, repr('%-+0F' % (-1,)))
except Exception as ex:
    print(233, type(ex).__name__, ex)
try:
    print(234, repr(format('', '-012F')))
except Exception as ex:
    print(234, type(ex).__name__, ex)
try:
    print(235, repr('%+#3.5o' % ('é',)))
except Exception as ex:
    print(235, type(ex).__name__, ex)
try:
    print(236, repr(format(-2.5, '1o')))
except Exception as ex:
    print(236, type(ex).__name__, ex)
try:
    print(237, repr(format(1, '-20_.2')))
except Exception as ex:
    print(237, type(ex).__name__, ex)
try:
    print(238, repr(format('abc', '+0.25n')))
except Exception as ex:
    print(238, type(ex).__name__, ex)
try:
    print(239, repr(format(-1, '<02o')))
except Exception as ex:
    print(239, type(ex).__name__, ex)
try:
    print(240, repr('%+0 .2g' % (float('-inf'),)))
except Exception as ex:
    print(240, type(ex).__name__, ex)
try:
    print(241, repr(format(123456.789, ' 01_.2')))
except Exception as ex:
    print(241, type(ex).__name__, ex)
try:
    print(242, repr(format(-42, '+2x')))
except Exception as ex:
    print(242, type(ex).__name__, ex)
try:
    print(243, repr(format('x'*3, '*<1e')))
except Exception as ex:
    print(243, type(ex).__name__, ex)
try:
    print(244, repr(format(123456.789, '0')))
except Exception as ex:
    print(244, type(ex).__name__, ex)
try:
    print(245, repr(format('x'*3, 'x^ 01b')))
except Exception as ex:
    print(245, type(ex).__name__, ex)
try:
    print(246, repr('%#12s' % ('x'*3,)))
except Exception as ex:
    print(246, type(ex).__name__, ex)
try:
    print(247, repr(format(1e-7, '*^#0.17')))
except Exception as ex:
    print(247, type(ex).__name__, ex)
try:
    print(248, repr(format(2.675, 'x= 02_.17')))
except Exception as ex:
    print(248, type(ex).__name__, ex)
try:
    print(249, repr('%0.5c' % (0.5,)))
except Exception as ex:
    print(249, type(ex).__name__, ex)
try:
    print(250, repr(format(1e22, '0=0,.3b')))
except Exception as ex:
    print(250, type(ex).__name__, ex)
try:
    print(251, repr('%-X' % ('abc',)))
except Exception as ex:
    print(251, type(ex).__name__, ex)
try:
    print(252, repr(format(0.125, '_o')))
except Exception as ex:
    print(252, type(ex).__name__, ex)
try:
    print(253, repr(format(True, '-20.1X')))
except Exception as ex:
    print(253, type(ex).__name__, ex)
try:
    print(254, repr(format(float('-inf'), '#')))
except Exception as ex:
    print(254, type(ex).__name__, ex)
try:
    print(255, repr(format(2.675, '0< 8_')))
except Exception as ex:
    print(255, type(ex).__name__, ex)
try:
    print(256, repr('% -+12.10X' % (9.99,)))
except Exception as ex:
    print(256, type(ex).__name__, ex)
try:
    print(257, repr(format(1e-7, 'x^')))
except Exception as ex:
    print(257, type(ex).__name__, ex)
try:
    print(258, repr(format(1234567, '#02_b')))
except Exception as ex:
    print(258, type(ex).__name__, ex)
try:
    print(259, repr('% d' % (2.675,)))
except Exception as ex:
    print(259, type(ex).__name__, ex)
try:
    print(260, repr(format(1, '*>-#20.17%')))
except Exception as ex:
    print(260, type(ex).__name__, ex)
try:
    print(261, repr('%0c' % (1e16,)))
except Exception as ex:
    print(261, type(ex).__name__, ex)
try:
    print(262, repr(format('é', '012.17G')))
except Exception as ex:
    print(262, type(ex).__name__, ex)
try:
    print(263, repr('%.5a' % (1e300,)))
except Exception as ex:
    print(263, type(ex).__name__, ex)
try:
    print(264, repr('%8F' % (-1e-300,)))
except Exception as ex:
    print(264, type(ex).__name__, ex)
try:
    print(265, repr(format(3.14159, '12_.6d')))
except Exception as ex:
    print(265, type(ex).__name__, ex)
try:
    print(266, repr(format(0.5, 'x<+0,')))
except Exception as ex:
    print(266, type(ex).__name__, ex)
try:
    print(267, repr(format(0.125, '.25F')))
except Exception as ex:
    print(267, type(ex).__name__, ex)
try:
    print(268, repr('%3.0g' % ('',)))
except Exception as ex:
    print(268, type(ex).__name__, ex)
try:
    print(269, repr('% +-o' % (float('-inf'),)))
except Exception as ex:
    print(269, type(ex).__name__, ex)
try:
    print(270, repr(format(0.125, '1F')))
except Exception as ex:
    print(270, type(ex).__name__, ex)
try:
    print(271, repr(format('', '+#5X')))
except Exception as ex:
    print(271, type(ex).__name__, ex)
try:
    print(272, repr('%12.1a' % (float('nan'),)))
except Exception as ex:
    print(272, type(ex).__name__, ex)
try:
    print(273, repr(format(1.5, '*^-20.17')))
except Exception as ex:
    print(273, type(ex).__name__, ex)
try:
    print(274, repr(format('abc', '_^ #')))
except Exception as ex:
    print(274, type(ex).__name__, ex)
try:
    print(275, repr('%g' % (1,)))
except Exception as ex:
    print(275, type(ex).__name__, ex)
try:
    print(276, repr('%8o' % ('abc',)))
except Exception as ex:
    print(276, type(ex).__name__, ex)
try:
    print(277, repr(format('', ' < 5.6n')))
except Exception as ex:
    print(277, type(ex).__name__, ex)
try:
    print(278, repr('%# 0d' % ('é',)))
except Exception as ex:
    print(278, type(ex).__name__, ex)
try:
    print(279, repr(format('abc', '')))
except Exception as ex:
    print(279, type(ex).__name__, ex)
try:
    print(280, repr(format(2**40, '12_.6c')))
except Exception as ex:
    print(280, type(ex).__name__, ex)
try:
    print(281, repr('%o' % (1e16,)))
except Exception as ex:
    print(281, type(ex).__name__, ex)
try:
    print(282, repr('%.0o' % (2.675,)))
except Exception as ex:
    print(282, type(ex).__name__, ex)
try:
    print(283, repr('%3G' % (1234567,)))
except Exception as ex:
    print(283, type(ex).__name__, ex)
try:
    print(284, repr(format(-9876543, '8')))
except Exception as ex:
    print(284, type(ex).__name__, ex)
try:
    print(285, repr(format(-0.0, '8')))
except Exception as ex:
    print(285, type(ex).__name__, ex)
try:
    print(286, repr('%8.0f' % (7,)))
except Exception as ex:
    print(286, type(ex).__name__, ex)
try:
    print(287, repr(format(123456.789, '.2%')))
except Exception as ex:
    print(287, type(ex).__name__, ex)
try:
    print(288, repr(format(1, '-02.2n')))
except Exception as ex:
    print(288, type(ex).__name__, ex)
try:
    print(289, repr(format(0, '#8.6')))
except Exception as ex:
    print(289, type(ex).__name__, ex)
try:
    print(290, repr(format(float('inf'), '_>08_.6c')))
except Exception as ex:
    print(290, type(ex).__name__, ex)
try:
    print(291, repr(format('', 'x>-2.3g')))
except Exception as ex:
    print(291, type(ex).__name__, ex)
try:
    print(292, repr(format(1, '#.10f')))
except Exception as ex:
    print(292, type(ex).__name__, ex)
try:
    print(293, repr(format(-2.5, 'x^.17')))
except Exception as ex:
    print(293, type(ex).__name__, ex)
try:
    print(294, repr('%r' % (1e22,)))
except Exception as ex:
    print(294, type(ex).__name__, ex)
try:
    print(295, repr('%o' % (1e-7,)))
except Exception as ex:
    print(295, type(ex).__name__, ex)
try:
    print(296, repr(format(7, '8_.3')))
except Exception as ex:
    print(296, type(ex).__name__, ex)
try:
    print(297, repr('%#X' % (0.5,)))
except Exception as ex:
    print(297, type(ex).__name__, ex)
try:
    print(298, repr(format(9.99, '#d')))
except Exception as ex:
    print(298, type(ex).__name__, ex)
try:
    print(299, repr(format('', '-2.10')))
except Exception as ex:
    print(299, type(ex).__name__, ex)
try:
    print(300, repr(format(1e16, '5,G')))
except Exception as ex:
    print(300, type(ex).__name__, ex)
try:
    print(301, repr(format(123456.789, 's')))
except Exception as ex:
    print(301, type(ex).__name__, ex)
try:
    print(302, repr(format(3.14159, '= .2g')))
except Exception as ex:
    print(302, type(ex).__name__, ex)
try:
    print(303, repr('%.2r' % (False,)))
except Exception as ex:
    print(303, type(ex).__name__, ex)
try:
    print(304, repr('%0# 12g' % (7,)))
except Exception as ex:
    print(304, type(ex).__name__, ex)
try:
    print(305, repr('%0a' % ('abc',)))
except Exception as ex:
    print(305, type(ex).__name__, ex)
try:
    print(306, repr('%3F' % (-42,)))
except Exception as ex:
    print(306, type(ex).__name__, ex)
try:
    print(307, repr(format(-1, ' ^0d')))
except Exception as ex:
    print(307, type(ex).__name__, ex)
try:
    print(308, repr('%.5g' % (-1,)))
except Exception as ex:
    print(308, type(ex).__name__, ex)
try:
    print(309, repr(format(1234567, '+F')))
except Exception as ex:
    print(309, type(ex).__name__, ex)
try:
    print(310, repr('%X' % (1,)))
except Exception as ex:
    print(310, type(ex).__name__, ex)
try:
    print(311, repr('%.1i' % (7,)))
except Exception as ex:
    print(311, type(ex).__name__, ex)
try:
    print(312, repr(format('x'*3, '5.6')))
except Exception as ex:
    print(312, type(ex).__name__, ex)
try:
    print(313, repr('% +-.1f' % (0.0,)))
except Exception as ex:
    print(313, type(ex).__name__, ex)
try:
    print(314, repr('%-+#1c' % (-0.0,)))
except Exception as ex:
    print(314, type(ex).__name__, ex)
try:
    print(315, repr('%F' % (-1,)))
except Exception as ex:
    print(315, type(ex).__name__, ex)
try:
    print(316, repr(format(True, '.10b')))
except Exception as ex:
    print(316, type(ex).__name__, ex)
try:
    print(317, repr(format(-42, '-#12.17')))
except Exception as ex:
    print(317, type(ex).__name__, ex)
try:
    print(318, repr(format('', '05.2')))
except Exception as ex:
    print(318, type(ex).__name__, ex)
try:
    print(319, repr(format(True, '-#1.2e')))
except Exception as ex:
    print(319, type(ex).__name__, ex)
try:
    print(320, repr('%+#X' % (1234567,)))
except Exception as ex:
    print(320, type(ex).__name__, ex)
try:
    print(321, repr(format(-1, '#_%')))
except Exception as ex:
    print(321, type(ex).__name__, ex)
try:
    print(322, repr('%+.1i' % (123456.789,)))
except Exception as ex:
    print(322, type(ex).__name__, ex)
try:
    print(323, repr('%+#i' % (-2.5,)))
except Exception as ex:
    print(323, type(ex).__name__, ex)
try:
    print(324, repr(format(9.99, '*>2')))
except Exception as ex:
    print(324, type(ex).__name__, ex)
try:
    print(325, repr('%+#12E' % (True,)))
except Exception as ex:
    print(325, type(ex).__name__, ex)
try:
    print(326, repr(format(2**40, 'x=12.0')))
except Exception as ex:
    print(326, type(ex).__name__, ex)
try:
    print(327, repr(format(2.675, 'e')))
except Exception as ex:
    print(327, type(ex).__name__, ex)
try:
    print(328, repr(format(-1e-300, 'o')))
except Exception as ex:
    print(328, type(ex).__name__, ex)
try:
    print(329, repr(format(7, '*=-8_')))
except Exception as ex:
    print(329, type(ex).__name__, ex)
try:
    print(330, repr(format(1, '0.3b')))
except Exception as ex:
    print(330, type(ex).__name__, ex)
try:
    print(331, repr('%3.1%' % (-1,)))
except Exception as ex:
    print(331, type(ex).__name__, ex)
try:
    print(332, repr(format(1.5, ' =0.0e')))
except Exception as ex:
    print(332, type(ex).__name__, ex)
try:
    print(333, repr('%0.2a' % (0.5,)))
except Exception as ex:
    print(333, type(ex).__name__, ex)
try:
    print(334, repr(format(1e300, '+0.2c')))
except Exception as ex:
    print(334, type(ex).__name__, ex)
try:
    print(335, repr('%1.2%' % ('é',)))
except Exception as ex:
    print(335, type(ex).__name__, ex)
try:
    print(336, repr('%G' % (-2.5,)))
except Exception as ex:
    print(336, type(ex).__name__, ex)
try:
    print(337, repr(format(0, '020.2o')))
except Exception as ex:
    print(337, type(ex).__name__, ex)
try:
    print(338, repr('%0.0X' % (1e-7,)))
except Exception as ex:
    print(338, type(ex).__name__, ex)
try:
    print(339, repr(format(2.675, ' .0x')))
except Exception as ex:
    print(339, type(ex).__name__, ex)
try:
    print(340, repr(format('é', '#0.17b')))
except Exception as ex:
    print(340, type(ex).__name__, ex)
try:
    print(341, repr('%1G' % (0,)))
except Exception as ex:
    print(341, type(ex).__name__, ex)
try:
    print(342, repr('%x' % (-42,)))
except Exception as ex:
    print(342, type(ex).__name__, ex)
try:
    print(343, repr(format(2**40, '0.0E')))
except Exception as ex:
    print(343, type(ex).__name__, ex)
try:
    print(344, repr(format(float('-inf'), '<12_')))
except Exception as ex:
    print(344, type(ex).__name__, ex)
try:
    print(345, repr(format(float('-inf'), '#g')))
except Exception as ex:
    print(345, type(ex).__name__, ex)
try:
    print(346, repr('%8c' % (0,)))
except Exception as ex:
    print(346, type(ex).__name__, ex)
try:
    print(347, repr(format(1e-7, ' 0.1')))
except Exception as ex:
    print(347, type(ex).__name__, ex)
try:
    print(348, repr(format(1e-7, '2.1d')))
except Exception as ex:
    print(348, type(ex).__name__, ex)
try:
    print(349, repr('%0.2g' % (9.99,)))
except Exception as ex:
    print(349, type(ex).__name__, ex)
try:
    print(350, repr('%12i' % ('abc',)))
except Exception as ex:
    print(350, type(ex).__name__, ex)
try:
    print(351, repr('%# 03.2r' % (-2.5,)))
except Exception as ex:
    print(351, type(ex).__name__, ex)
try:
    print(352, repr(format(2**40, '#12,')))
except Exception as ex:
    print(352, type(ex).__name__, ex)
try:
    print(353, repr(format('x'*3, 'x=-5s')))
except Exception as ex:
    print(353, type(ex).__name__, ex)
try:
    print(354, repr(format(1e300, ',.10s')))
except Exception as ex:
    print(354, type(ex).__name__, ex)
try:
    print(355, repr(format('é', '*< 08,.6f')))
except Exception as ex:
    print(355, type(ex).__name__, ex)
try:
    print(356, repr(format(2**40, '012%')))
except Exception as ex:
    print(356, type(ex).__name__, ex)
try:
    print(357, repr('%8o' % (123456.789,)))
except Exception as ex:
    print(357, type(ex).__name__, ex)
try:
    print(358, repr('%0.0e' % (0,)))
except Exception as ex:
    print(358, type(ex).__name__, ex)
try:
    print(359, repr(format(float('nan'), 'x=E')))
except Exception as ex:
    print(359, type(ex).__name__, ex)
try:
    print(360, repr(format('x'*3, 'x>.25E')))
except Exception as ex:
    print(360, type(ex).__name__, ex)
try:
    print(361, repr(format(0.5, '#_.17s')))
except Exception as ex:
    print(361, type(ex).__name__, ex)
try:
    print(362, repr('%3i' % (1.5,)))
except Exception as ex:
    print(362, type(ex).__name__, ex)
try:
    print(363, repr('%0F' % (1e300,)))
except Exception as ex:
    print(363, type(ex).__name__, ex)
try:
    print(364, repr(format(123456.789, 'x=o')))
except Exception as ex:
    print(364, type(ex).__name__, ex)
try:
    print(365, repr(format(2.675, ' _.6X')))
except Exception as ex:
    print(365, type(ex).__name__, ex)
try:
    print(366, repr(format(1e-7, '+20_.2d')))
except Exception as ex:
    print(366, type(ex).__name__, ex)
try:
    print(367, repr('% .2x' % (2.675,)))
except Exception as ex:
    print(367, type(ex).__name__, ex)
try:
    print(368, repr('% #01.1a' % (-9876543,)))
except Exception as ex:
    print(368, type(ex).__name__, ex)
try:
    print(369, repr(format('', '_^2s')))
except Exception as ex:
    print(369, type(ex).__name__, ex)
try:
    print(370, repr(format(1e22, ' ^#1.25b')))
except Exception as ex:
    print(370, type(ex).__name__, ex)
try:
    print(371, repr(format(1e16, '_.0')))
except Exception as ex:
    print(371, type(ex).__name__, ex)
try:
    print(372, repr(format(255, ' <0_.1G')))
except Exception as ex:
    print(372, type(ex).__name__, ex)
try:
    print(373, repr('%+ e' % (-1e-300,)))
except Exception as ex:
    print(373, type(ex).__name__, ex)
try:
    print(374, repr(format(255, ' ^#,.1x')))
except Exception as ex:
    print(374, type(ex).__name__, ex)
try:
    print(375, repr(format(-1e-300, '8d')))
except Exception as ex:
    print(375, type(ex).__name__, ex)
try:
    print(376, repr(format(0.0, '#1g')))
except Exception as ex:
    print(376, type(ex).__name__, ex)
try:
    print(377, repr(format(1e300, '.25o')))
except Exception as ex:
    print(377, type(ex).__name__, ex)
try:
    print(378, repr(format(-2.5, '+012.3E')))
except Exception as ex:
    print(378, type(ex).__name__, ex)
try:
    print(379, repr('%-# .0i' % (9.99,)))
except Exception as ex:
    print(379, type(ex).__name__, ex)
try:
    print(380, repr('%-+f' % (255,)))
except Exception as ex:
    print(380, type(ex).__name__, ex)
try:
    print(381, repr(format(float('-inf'), '+.0')))
except Exception as ex:
    print(381, type(ex).__name__, ex)
try:
    print(382, repr(format(7, '0,.6x')))
except Exception as ex:
    print(382, type(ex).__name__, ex)
try:
    print(383, repr(format(0.0, '*<#02')))
except Exception as ex:
    print(383, type(ex).__name__, ex)
try:
    print(384, repr(format(9.99, '+_X')))
except Exception as ex:
    print(384, type(ex).__name__, ex)
try:
    print(385, repr(format(-2.5, '+#.6X')))
except Exception as ex:
    print(385, type(ex).__name__, ex)
try:
    print(386, repr(format(-9876543, '*=0')))
except Exception as ex:
    print(386, type(ex).__name__, ex)
try:
    print(387, repr(format(0.5, 'x>12.10b')))
except Exception as ex:
    print(387, type(ex).__name__, ex)
try:
    print(388, repr('%0.2r' % (3.14159,)))
except Exception as ex:
    print(388, type(ex).__name__, ex)
try:
    print(389, repr(format('x'*3, '0X')))
except Exception as ex:
    print(389, type(ex).__name__, ex)
try:
    print(390, repr('%.0E' % (1234567,)))
except Exception as ex:
    print(390, type(ex).__name__, ex)
try:
    print(391, repr('%.2G' % (-2.5,)))
except Exception as ex:
    print(391, type(ex).__name__, ex)
try:
    print(392, repr('%F' % (1e-7,)))
except Exception as ex:
    print(392, type(ex).__name__, ex)
try:
    print(393, repr('%.1c' % (1.5,)))
except Exception as ex:
    print(393, type(ex).__name__, ex)
try:
    print(394, repr(format(9.99, '1_.17f')))
except Exception as ex:
    print(394, type(ex).__name__, ex)
try:
    print(395, repr(format(255, '2.10')))
except Exception as ex:
    print(395, type(ex).__name__, ex)
try:
    print(396, repr('% -a' % (0,)))
except Exception as ex:
    print(396, type(ex).__name__, ex)
try:
    print(397, repr(format(1e22, '.0e')))
except Exception as ex:
    print(397, type(ex).__name__, ex)
try:
    print(398, repr(format(float('inf'), '*=1.2F')))
except Exception as ex:
    print(398, type(ex).__name__, ex)
try:
    print(399, repr(format(7, ' 0.17x')))
except Exception as ex:
    print(399, type(ex).__name__, ex)
try:
    print(400, repr('%3s' % (1e300,)))
except Exception as ex:
    print(400, type(ex).__name__, ex)
try:
    print(401, repr(format(True, '.10G')))
except Exception as ex:
    print(401, type(ex).__name__, ex)
try:
    print(402, repr(format(1e300, '8')))
except Exception as ex:
    print(402, type(ex).__name__, ex)
try:
    print(403, repr(format(float('-inf'), '.6')))
except Exception as ex:
    print(403, type(ex).__name__, ex)
try:
    print(404, repr(format(1e300, '12e')))
except Exception as ex:
    print(404, type(ex).__name__, ex)
try:
    print(405, repr('%a' % (float('inf'),)))
except Exception as ex:
    print(405, type(ex).__name__, ex)
try:
    print(406, repr(format(123456.789, 'f')))
except Exception as ex:
    print(406, type(ex).__name__, ex)
try:
    print(407, repr('%+.10d' % (-42,)))
except Exception as ex:
    print(407, type(ex).__name__, ex)
try:
    print(408, repr(format(1e22, '020s')))
except Exception as ex:
    print(408, type(ex).__name__, ex)
try:
    print(409, repr(format(-1, '+#12.2')))
except Exception as ex:
    print(409, type(ex).__name__, ex)
try:
    print(410, repr('%12.1x' % (-0.0,)))
except Exception as ex:
    print(410, type(ex).__name__, ex)
try:
    print(411, repr(format(-1, '2')))
except Exception as ex:
    print(411, type(ex).__name__, ex)
try:
    print(412, repr('%E' % (1e16,)))
except Exception as ex:
    print(412, type(ex).__name__, ex)
try:
    print(413, repr('%-1c' % (255,)))
except Exception as ex:
    print(413, type(ex).__name__, ex)
try:
    print(414, repr(format(9.99, '0^-.2c')))
except Exception as ex:
    print(414, type(ex).__name__, ex)
try:
    print(415, repr('%E' % (2.675,)))
except Exception as ex:
    print(415, type(ex).__name__, ex)
try:
    print(416, repr('%012f' % (1e-7,)))
except Exception as ex:
    print(416, type(ex).__name__, ex)
try:
    print(417, repr(format('', '-0.2')))
except Exception as ex:
    print(417, type(ex).__name__, ex)
try:
    print(418, repr(format(1234567, '20G')))
except Exception as ex:
    print(418, type(ex).__name__, ex)
try:
    print(419, repr(format(1, 'x>0.10X')))
except Exception as ex:
    print(419, type(ex).__name__, ex)
try:
    print(420, repr(format('é', '05.1b')))
except Exception as ex:
    print(420, type(ex).__name__, ex)
try:
    print(421, repr(format(True, '-#5_.1c')))
except Exception as ex:
    print(421, type(ex).__name__, ex)
try:
    print(422, repr('%+-8a' % (255,)))
except Exception as ex:
    print(422, type(ex).__name__, ex)
try:
    print(423, repr(format(-1e-300, '12')))
except Exception as ex:
    print(423, type(ex).__name__, ex)
try:
    print(424, repr(format(-1e-300, ' ^12.10G')))
except Exception as ex:
    print(424, type(ex).__name__, ex)
try:
    print(425, repr('%d' % (0.0,)))
except Exception as ex:
    print(425, type(ex).__name__, ex)
try:
    print(426, repr('% #-.10r' % (2**40,)))
except Exception as ex:
    print(426, type(ex).__name__, ex)
try:
    print(427, repr(format(1234567, ' ^+2g')))
except Exception as ex:
    print(427, type(ex).__name__, ex)
try:
    print(428, repr('%+# 3r' % (1,)))
except Exception as ex:
    print(428, type(ex).__name__, ex)
try:
    print(429, repr(format(0.5, '0X')))
except Exception as ex:
    print(429, type(ex).__name__, ex)
try:
    print(430, repr('%8%' % (False,)))
except Exception as ex:
    print(430, type(ex).__name__, ex)
try:
    print(431, repr('%0o' % (1.5,)))
except Exception as ex:
    print(431, type(ex).__name__, ex)
try:
    print(432, repr('%12a' % (False,)))
except Exception as ex:
    print(432, type(ex).__name__, ex)
try:
    print(433, repr(format(2**40, '0%')))
except Exception as ex:
    print(433, type(ex).__name__, ex)
try:
    print(434, repr(format(9.99, ' 2.1f')))
except Exception as ex:
    print(434, type(ex).__name__, ex)
try:
    print(435, repr('%.1d' % (1.5,)))
except Exception as ex:
    print(435, type(ex).__name__, ex)
try:
    print(436, repr(format(-0.0, '#0g')))
except Exception as ex:
    print(436, type(ex).__name__, ex)
try:
    print(437, repr('%+# i' % (0.125,)))
except Exception as ex:
    print(437, type(ex).__name__, ex)
try:
    print(438, repr('% #0.1c' % (1e16,)))
except Exception as ex:
    print(438, type(ex).__name__, ex)
try:
    print(439, repr('%1E' % (0.0,)))
except Exception as ex:
    print(439, type(ex).__name__, ex)
try:
    print(440, repr(format(1e22, '_=2_d')))
except Exception as ex:
    print(440, type(ex).__name__, ex)
try:
    print(441, repr('% +1G' % ('x'*3,)))
except Exception as ex:
    print(441, type(ex).__name__, ex)
try:
    print(442, repr(format(1.5, ' ')))
except Exception as ex:
    print(442, type(ex).__name__, ex)
try:
    print(443, repr(format(1e300, '')))
except Exception as ex:
    print(443, type(ex).__name__, ex)
try:
    print(444, repr(format(-42, '-0.0d')))
except Exception as ex:
    print(444, type(ex).__name__, ex)
try:
    print(445, repr(format(float('-inf'), '020.6%')))
except Exception as ex:
    print(445, type(ex).__name__, ex)
try:
    print(446, repr(format(0.0, 'x<2.3')))
except Exception as ex:
    print(446, type(ex).__name__, ex)
try:
    print(447, repr(format(-1, '#0G')))
except Exception as ex:
    print(447, type(ex).__name__, ex)
try:
    print(448, repr(format(-9876543, '5n')))
except Exception as ex:
    print(448, type(ex).__name__, ex)
try:
    print(449, repr(format(255, '5.1n')))
except Exception as ex:
    print(449, type(ex).__name__, ex)
try:
    print(450, repr(format(2**40, '#12,b')))
except Exception as ex:
    print(450, type(ex).__name__, ex)
try:
    print(451, repr(format(0.0, '.2d')))
except Exception as ex:
    print(451, type(ex).__name__, ex)
try:
    print(452, repr(format(1e300, ' <_.1g')))
except Exception as ex:
    print(452, type(ex).__name__, ex)
try:
    print(453, repr('%.5X' % (0.125,)))
except Exception as ex:
    print(453, type(ex).__name__, ex)
try:
    print(454, repr(format(1e300, '5,.6')))
except Exception as ex:
    print(454, type(ex).__name__, ex)
try:
    print(455, repr(format(1234567, 'x^ #8.3b')))
except Exception as ex:
    print(455, type(ex).__name__, ex)
try:
    print(456, repr('%d' % (2**40,)))
except Exception as ex:
    print(456, type(ex).__name__, ex)
try:
    print(457, repr('%1x' % (1e-7,)))
except Exception as ex:
    print(457, type(ex).__name__, ex)
try:
    print(458, repr('%# -3f' % (1.5,)))
except Exception as ex:
    print(458, type(ex).__name__, ex)
try:
    print(459, repr(format(-42, '12F')))
except Exception as ex:
    print(459, type(ex).__name__, ex)
try:
    print(460, repr(format(float('nan'), '1g')))
except Exception as ex:
    print(460, type(ex).__name__, ex)
try:
    print(461, repr(format(float('-inf'), '.1n')))
except Exception as ex:
    print(461, type(ex).__name__, ex)
try:
    print(462, repr(format(0.5, '1x')))
except Exception as ex:
    print(462, type(ex).__name__, ex)
try:
    print(463, repr(format(1, '5_n')))
except Exception as ex:
    print(463, type(ex).__name__, ex)
try:
    print(464, repr(format(2**40, 'x<5E')))
except Exception as ex:
    print(464, type(ex).__name__, ex)
try:
    print(465, repr(format(1e-7, '.0e')))
except Exception as ex:
    print(465, type(ex).__name__, ex)
try:
    print(466, repr('%.5c' % (2**40,)))
except Exception as ex:
    print(466, type(ex).__name__, ex)
try:
    print(467, repr(format('abc', '+#F')))
except Exception as ex:
    print(467, type(ex).__name__, ex)
try:
    print(468, repr(format('', ' 0b')))
except Exception as ex:
    print(468, type(ex).__name__, ex)
try:
    print(469, repr(format(1, '*>.1d')))
except Exception as ex:
    print(469, type(ex).__name__, ex)
try:
    print(470, repr('% #-.2o' % ('',)))
except Exception as ex:
    print(470, type(ex).__name__, ex)
try:
    print(471, repr(format(True, '')))
except Exception as ex:
    print(471, type(ex).__name__, ex)
try:
    print(472, repr(format(1, ',x')))
except Exception as ex:
    print(472, type(ex).__name__, ex)
try:
    print(473, repr(format('', '*>#.0')))
except Exception as ex:
    print(473, type(ex).__name__, ex)
try:
    print(474, repr('%.0G' % (-1,)))
except Exception as ex:
    print(474, type(ex).__name__, ex)
try:
    print(475, repr('%12.0c' % (-9876543,)))
except Exception as ex:
    print(475, type(ex).__name__, ex)
try:
    print(476, repr(format(255, '_> 20_.10n')))
except Exception as ex:
    print(476, type(ex).__name__, ex)
try:
    print(477, repr(format(1.5, ',E')))
except Exception as ex:
    print(477, type(ex).__name__, ex)
try:
    print(478, repr('%.5a' % (1.5,)))
except Exception as ex:
    print(478, type(ex).__name__, ex)
try:
    print(479, repr(format(2.675, '5.6')))
except Exception as ex:
    print(479, type(ex).__name__, ex)
try:
    print(480, repr('%E' % (1,)))
except Exception as ex:
    print(480, type(ex).__name__, ex)
try:
    print(481, repr('%#+ .2G' % (2.675,)))
except Exception as ex:
    print(481, type(ex).__name__, ex)
try:
    print(482, repr(format('é', ' 5.17x')))
except Exception as ex:
    print(482, type(ex).__name__, ex)
try:
    print(483, repr('%1X' % (True,)))
except Exception as ex:
    print(483, type(ex).__name__, ex)
try:
    print(484, repr(format('é', '#5')))
except Exception as ex:
    print(484, type(ex).__name__, ex)
try:
    print(485, repr('%0.0o' % (1e16,)))
except Exception as ex:
    print(485, type(ex).__name__, ex)
try:
    print(486, repr('% #-i' % (0,)))
except Exception as ex:
    print(486, type(ex).__name__, ex)
try:
    print(487, repr(format(0.5, '#05,.17%')))
except Exception as ex:
    print(487, type(ex).__name__, ex)
try:
    print(488, repr('%.10g' % (0,)))
except Exception as ex:
    print(488, type(ex).__name__, ex)
try:
    print(489, repr(format(-0.0, ',X')))
except Exception as ex:
    print(489, type(ex).__name__, ex)
try:
    print(490, repr('%0E' % (True,)))
except Exception as ex:
    print(490, type(ex).__name__, ex)
try:
    print(491, repr(format(0.125, '0>#2')))
except Exception as ex:
    print(491, type(ex).__name__, ex)
try:
    print(492, repr('%.1e' % (1.5,)))
except Exception as ex:
    print(492, type(ex).__name__, ex)
try:
    print(493, repr('%f' % (0,)))
except Exception as ex:
    print(493, type(ex).__name__, ex)
try:
    print(494, repr('%- 3o' % ('abc',)))
except Exception as ex:
    print(494, type(ex).__name__, ex)
try:
    print(495, repr('%- 8F' % (-42,)))
except Exception as ex:
    print(495, type(ex).__name__, ex)
try:
    print(496, repr('%.1X' % (-1e-300,)))
except Exception as ex:
    print(496, type(ex).__name__, ex)
try:
    print(497, repr(format(123456.789, '^#.1')))
except Exception as ex:
    print(497, type(ex).__name__, ex)
try:
    print(498, repr('%- 0x' % (0.0,)))
except Exception as ex:
    print(498, type(ex).__name__, ex)
try:
    print(499, repr(format(float('-inf'), '.1')))
except Exception as ex:
    print(499, type(ex).__name__, ex)
try:
    print(500, repr(format(7, '0.1c')))
except Exception as ex:
    print(500, type(ex).__name__, ex)
try:
    print(501, repr(format(0.0, '-,')))
except Exception as ex:
    print(501, type(ex).__name__, ex)
try:
    print(502, repr('%e' % (1e-7,)))
except Exception as ex:
    print(502, type(ex).__name__, ex)
try:
    print(503, repr('%#0.1o' % ('é',)))
except Exception as ex:
    print(503, type(ex).__name__, ex)
try:
    print(504, repr(format(-1, ' .2n')))
except Exception as ex:
    print(504, type(ex).__name__, ex)
try:
    print(505, repr(format(-42, '0.1n')))
except Exception as ex:
    print(505, type(ex).__name__, ex)
try:
    print(506, repr('%+ 01.1X' % (-9876543,)))
except Exception as ex:
    print(506, type(ex).__name__, ex)
try:
    print(507, repr(format('abc', '0=#00,.17')))
except Exception as ex:
    print(507, type(ex).__name__, ex)
try:
    print(508, repr(format(0.0, 'X')))
except Exception as ex:
    print(508, type(ex).__name__, ex)
try:
    print(509, repr('%8.10%' % (False,)))
except Exception as ex:
    print(509, type(ex).__name__, ex)
try:
    print(510, repr(format('', '+')))
except Exception as ex:
    print(510, type(ex).__name__, ex)
try:
    print(511, repr(format(0.5, '*^8')))
except Exception as ex:
    print(511, type(ex).__name__, ex)
try:
    print(512, repr('%+-E' % (-0.0,)))
except Exception as ex:
    print(512, type(ex).__name__, ex)
try:
    print(513, repr(format(-1, 'x^+')))
except Exception as ex:
    print(513, type(ex).__name__, ex)
try:
    print(514, repr('%.10c' % (1e300,)))
except Exception as ex:
    print(514, type(ex).__name__, ex)
try:
    print(515, repr(format(2.675, '-.10o')))
except Exception as ex:
    print(515, type(ex).__name__, ex)
try:
    print(516, repr(format(1e-7, '1.1')))
except Exception as ex:
    print(516, type(ex).__name__, ex)
try:
    print(517, repr(format(0.0, '12c')))
except Exception as ex:
    print(517, type(ex).__name__, ex)
try:
    print(518, repr(format(0, ' <-0o')))
except Exception as ex:
    print(518, type(ex).__name__, ex)
try:
    print(519, repr(format(1.5, '*=#1,%')))
except Exception as ex:
    print(519, type(ex).__name__, ex)
try:
    print(520, repr(format(0, '*> #')))
except Exception as ex:
    print(520, type(ex).__name__, ex)
try:
    print(521, repr(format(True, '*=+2')))
except Exception as ex:
    print(521, type(ex).__name__, ex)
try:
    print(522, repr('%x' % (-1,)))
except Exception as ex:
    print(522, type(ex).__name__, ex)
try:
    print(523, repr(format(float('-inf'), '.3')))
except Exception as ex:
    print(523, type(ex).__name__, ex)
try:
    print(524, repr(format(2**40, '*=-#.10F')))
except Exception as ex:
    print(524, type(ex).__name__, ex)
try:
    print(525, repr(format(2**40, '0<00')))
except Exception as ex:
    print(525, type(ex).__name__, ex)
try:
    print(526, repr(format(0.125, '<8')))
except Exception as ex:
    print(526, type(ex).__name__, ex)
try:
    print(527, repr(format(1.5, '+#.2')))
except Exception as ex:
    print(527, type(ex).__name__, ex)
try:
    print(528, repr(format(123456.789, '+.0n')))
except Exception as ex:
    print(528, type(ex).__name__, ex)
try:
    print(529, repr('%.0E' % (0,)))
except Exception as ex:
    print(529, type(ex).__name__, ex)
try:
    print(530, repr('%1.2a' % (1e22,)))
except Exception as ex:
    print(530, type(ex).__name__, ex)
try:
    print(531, repr(format(-9876543, '20.17f')))
except Exception as ex:
    print(531, type(ex).__name__, ex)
try:
    print(532, repr(format(7, '.0')))
except Exception as ex:
    print(532, type(ex).__name__, ex)
try:
    print(533, repr(format('abc', '12s')))
except Exception as ex:
    print(533, type(ex).__name__, ex)
try:
    print(534, repr('%1.5d' % (3.14159,)))
except Exception as ex:
    print(534, type(ex).__name__, ex)
try:
    print(535, repr('%-f' % (2**40,)))
except Exception as ex:
    print(535, type(ex).__name__, ex)
try:
    print(536, repr(format(1.5, '_.0x')))
except Exception as ex:
    print(536, type(ex).__name__, ex)
try:
    print(537, repr(format(1e22, '*=_.3')))
except Exception as ex:
    print(537, type(ex).__name__, ex)
try:
    print(538, repr(format(1234567, 'b')))
except Exception as ex:
    print(538, type(ex).__name__, ex)
try:
    print(539, repr('%0 #.10x' % (float('nan'),)))
except Exception as ex:
    print(539, type(ex).__name__, ex)
try:
    print(540, repr(format(-42, '0^+00.2')))
except Exception as ex:
    print(540, type(ex).__name__, ex)
try:
    print(541, repr(format('é', ' >-b')))
except Exception as ex:
    print(541, type(ex).__name__, ex)
try:
    print(542, repr('%r' % (0,)))
except Exception as ex:
    print(542, type(ex).__name__, ex)
try:
    print(543, repr('%0.0X' % ('é',)))
except Exception as ex:
    print(543, type(ex).__name__, ex)
try:
    print(544, repr(format(float('-inf'), ' 0o')))
except Exception as ex:
    print(544, type(ex).__name__, ex)
try:
    print(545, repr(format(0.0, 'F')))
except Exception as ex:
    print(545, type(ex).__name__, ex)
try:
    print(546, repr(format(False, ' >-.6')))
except Exception as ex:
    print(546, type(ex).__name__, ex)
try:
    print(547, repr(format(0.5, '20,b')))
except Exception as ex:
    print(547, type(ex).__name__, ex)
try:
    print(548, repr('%c' % (-1e-300,)))
except Exception as ex:
    print(548, type(ex).__name__, ex)
try:
    print(549, repr('%c' % (3.14159,)))
except Exception as ex:
    print(549, type(ex).__name__, ex)
try:
    print(550, repr(format(1e22, '0<+#')))
except Exception as ex:
    print(550, type(ex).__name__, ex)
try:
    print(551, repr(format(2**40, 'x<#0.17e')))
except Exception as ex:
    print(551, type(ex).__name__, ex)
try:
    print(552, repr('%a' % ('x'*3,)))
except Exception as ex:
    print(552, type(ex).__name__, ex)
try:
    print(553, repr('%1a' % (1e22,)))
except Exception as ex:
    print(553, type(ex).__name__, ex)
try:
    print(554, repr(format(1e22, '0.17c')))
except Exception as ex:
    print(554, type(ex).__name__, ex)
try:
    print(555, repr('%0+i' % (1.5,)))
except Exception as ex:
    print(555, type(ex).__name__, ex)
try:
    print(556, repr(format(1234567, '2s')))
except Exception as ex:
    print(556, type(ex).__name__, ex)
try:
    print(557, repr(format(1e300, '#,E')))
except Exception as ex:
    print(557, type(ex).__name__, ex)
try:
    print(558, repr(format('x'*3, '_=0X')))
except Exception as ex:
    print(558, type(ex).__name__, ex)
try:
    print(559, repr(format(0.125, 'n')))
except Exception as ex:
    print(559, type(ex).__name__, ex)
try:
    print(560, repr(format(-42, '.10d')))
except Exception as ex:
    print(560, type(ex).__name__, ex)
try:
    print(561, repr('%-#01E' % (123456.789,)))
except Exception as ex:
    print(561, type(ex).__name__, ex)
try:
    print(562, repr(format(-9876543, '+#_.3')))
except Exception as ex:
    print(562, type(ex).__name__, ex)
try:
    print(563, repr(format(0.125, ' #20.6X')))
except Exception as ex:
    print(563, type(ex).__name__, ex)
try:
    print(564, repr(format(255, '5.6F')))
except Exception as ex:
    print(564, type(ex).__name__, ex)
try:
    print(565, repr('%3.10o' % (1e300,)))
except Exception as ex:
    print(565, type(ex).__name__, ex)
try:
    print(566, repr('%3.5a' % (0.0,)))
except Exception as ex:
    print(566, type(ex).__name__, ex)
try:
    print(567, repr('%8d' % (False,)))
except Exception as ex:
    print(567, type(ex).__name__, ex)
try:
    print(568, repr('%12.2%' % (1.5,)))
except Exception as ex:
    print(568, type(ex).__name__, ex)
try:
    print(569, repr(format('é', '0.0c')))
except Exception as ex:
    print(569, type(ex).__name__, ex)
try:
    print(570, repr(format('abc', '#08_d')))
except Exception as ex:
    print(570, type(ex).__name__, ex)
try:
    print(571, repr(format(0.125, '0<.0E')))
except Exception as ex:
    print(571, type(ex).__name__, ex)
try:
    print(572, repr(format(3.14159, '_>0.0n')))
except Exception as ex:
    print(572, type(ex).__name__, ex)
try:
    print(573, repr(format(3.14159, ' <#.1')))
except Exception as ex:
    print(573, type(ex).__name__, ex)
try:
    print(574, repr(format(1e300, 'x=2_')))
except Exception as ex:
    print(574, type(ex).__name__, ex)
try:
    print(575, repr(format(9.99, '=8.10')))
except Exception as ex:
    print(575, type(ex).__name__, ex)
try:
    print(576, repr(format(0.0, '#20.0X')))
except Exception as ex:
    print(576, type(ex).__name__, ex)
try:
    print(577, repr(format(255, '20x')))
except Exception as ex:
    print(577, type(ex).__name__, ex)
try:
    print(578, repr(format(float('nan'), '#20.25o')))
except Exception as ex:
    print(578, type(ex).__name__, ex)
try:
    print(579, repr('%0-12X' % (2**40,)))
except Exception as ex:
    print(579, type(ex).__name__, ex)
try:
    print(580, repr(format(1e22, '_<#f')))
except Exception as ex:
    print(580, type(ex).__name__, ex)
try:
    print(581, repr(format(1e16, 'x^ 20E')))
except Exception as ex:
    print(581, type(ex).__name__, ex)
try:
    print(582, repr('%.1e' % (False,)))
except Exception as ex:
    print(582, type(ex).__name__, ex)
try:
    print(583, repr(format(0, 'e')))
except Exception as ex:
    print(583, type(ex).__name__, ex)
try:
    print(584, repr('%+e' % (-42,)))
except Exception as ex:
    print(584, type(ex).__name__, ex)
try:
    print(585, repr(format(-1e-300, '+0G')))
except Exception as ex:
    print(585, type(ex).__name__, ex)
try:
    print(586, repr(format(0, '08.1')))
except Exception as ex:
    print(586, type(ex).__name__, ex)
try:
    print(587, repr(format(2.675, '08d')))
except Exception as ex:
    print(587, type(ex).__name__, ex)
try:
    print(588, repr(format('abc', '0=12_.25n')))
except Exception as ex:
    print(588, type(ex).__name__, ex)
try:
    print(589, repr('%12f' % (1e16,)))
except Exception as ex:
    print(589, type(ex).__name__, ex)
try:
    print(590, repr(format(123456.789, 'b')))
except Exception as ex:
    print(590, type(ex).__name__, ex)
try:
    print(591, repr('%1F' % (1,)))
except Exception as ex:
    print(591, type(ex).__name__, ex)
try:
    print(592, repr(format(2.675, '5.25X')))
except Exception as ex:
    print(592, type(ex).__name__, ex)
try:
    print(593, repr(format(0.125, '.10')))
except Exception as ex:
    print(593, type(ex).__name__, ex)
try:
    print(594, repr(format(False, '20,X')))
except Exception as ex:
    print(594, type(ex).__name__, ex)
try:
    print(595, repr('%r' % (-1e-300,)))
except Exception as ex:
    print(595, type(ex).__name__, ex)
try:
    print(596, repr(format(1e-7, ' .25b')))
except Exception as ex:
    print(596, type(ex).__name__, ex)
try:
    print(597, repr('%3r' % (1234567,)))
except Exception as ex:
    print(597, type(ex).__name__, ex)
try:
    print(598, repr('%8.10X' % (255,)))
except Exception as ex:
    print(598, type(ex).__name__, ex)
try:
    print(599, repr('%12c' % (-42,)))
except Exception as ex:
    print(599, type(ex).__name__, ex)
try:
    print(600, repr(format(1e22, '8.17s')))
except Exception as ex:
    print(600, type(ex).__name__, ex)
try:
    print(601, repr('%#.5G' % (-2.5,)))
except Exception as ex:
    print(601, type(ex).__name__, ex)
try:
    print(602, repr(format(2**40, '-20,.2g')))
except Exception as ex:
    print(602, type(ex).__name__, ex)
try:
    print(603, repr('%8f' % (1234567,)))
except Exception as ex:
    print(603, type(ex).__name__, ex)
try:
    print(604, repr(format(0.125, 'x>#%')))
except Exception as ex:
    print(604, type(ex).__name__, ex)
try:
    print(605, repr('%# G' % (7,)))
except Exception as ex:
    print(605, type(ex).__name__, ex)
try:
    print(606, repr(format(1e22, '#20.10')))
except Exception as ex:
    print(606, type(ex).__name__, ex)
try:
    print(607, repr(format(9.99, '+01,.2b')))
except Exception as ex:
    print(607, type(ex).__name__, ex)
try:
    print(608, repr(format(float('-inf'), 'x>5_.17F')))
except Exception as ex:
    print(608, type(ex).__name__, ex)
try:
    print(609, repr(format(-2.5, '12.1g')))
except Exception as ex:
    print(609, type(ex).__name__, ex)
try:
    print(610, repr('%#1.2d' % (-9876543,)))
except Exception as ex:
    print(610, type(ex).__name__, ex)
try:
    print(611, repr('%+0s' % (float('-inf'),)))
except Exception as ex:
    print(611, type(ex).__name__, ex)
try:
    print(612, repr(format(1e16, '01,.1d')))
except Exception as ex:
    print(612, type(ex).__name__, ex)
try:
    print(613, repr(format(-42, '#X')))
except Exception as ex:
    print(613, type(ex).__name__, ex)
try:
    print(614, repr(format(float('-inf'), '020.6X')))
except Exception as ex:
    print(614, type(ex).__name__, ex)
try:
    print(615, repr('%F' % (False,)))
except Exception as ex:
    print(615, type(ex).__name__, ex)
try:
    print(616, repr('%#3f' % (9.99,)))
except Exception as ex:
    print(616, type(ex).__name__, ex)
try:
    print(617, repr('%12c' % (1e22,)))
except Exception as ex:
    print(617, type(ex).__name__, ex)
try:
    print(618, repr('%3.10G' % (-2.5,)))
except Exception as ex:
    print(618, type(ex).__name__, ex)
try:
    print(619, repr(format(-9876543, '<#.10')))
except Exception as ex:
    print(619, type(ex).__name__, ex)
try:
    print(620, repr('%0%' % (-42,)))
except Exception as ex:
    print(620, type(ex).__name__, ex)
try:
    print(621, repr('% #0E' % (-0.0,)))
except Exception as ex:
    print(621, type(ex).__name__, ex)
try:
    print(622, repr('%s' % (float('-inf'),)))
except Exception as ex:
    print(622, type(ex).__name__, ex)
try:
    print(623, repr(format(1e22, '0^5d')))
except Exception as ex:
    print(623, type(ex).__name__, ex)
try:
    print(624, repr(format(1234567, ' x')))
except Exception as ex:
    print(624, type(ex).__name__, ex)
try:
    print(625, repr(format(7, ',.17')))
except Exception as ex:
    print(625, type(ex).__name__, ex)
try:
    print(626, repr('%%' % (-2.5,)))
except Exception as ex:
    print(626, type(ex).__name__, ex)
try:
    print(627, repr('%.2g' % (2.675,)))
except Exception as ex:
    print(627, type(ex).__name__, ex)
try:
    print(628, repr(format(True, '020b')))
except Exception as ex:
    print(628, type(ex).__name__, ex)
try:
    print(629, repr('%#0.1g' % (9.99,)))
except Exception as ex:
    print(629, type(ex).__name__, ex)
try:
    print(630, repr('%.1F' % (-9876543,)))
except Exception as ex:
    print(630, type(ex).__name__, ex)
try:
    print(631, repr(format(1234567, '#5X')))
except Exception as ex:
    print(631, type(ex).__name__, ex)
try:
    print(632, repr('%f' % (True,)))
except Exception as ex:
    print(632, type(ex).__name__, ex)
try:
    print(633, repr('%X' % (-2.5,)))
except Exception as ex:
    print(633, type(ex).__name__, ex)
try:
    print(634, repr(format(float('nan'), '.6')))
except Exception as ex:
    print(634, type(ex).__name__, ex)
try:
    print(635, repr(format(1e-7, '_<+#5,.25')))
except Exception as ex:
    print(635, type(ex).__name__, ex)
try:
    print(636, repr(format(255, '0.25X')))
except Exception as ex:
    print(636, type(ex).__name__, ex)
try:
    print(637, repr('%#+o' % (2.675,)))
except Exception as ex:
    print(637, type(ex).__name__, ex)
try:
    print(638, repr(format(2.675, '=#1s')))
except Exception as ex:
    print(638, type(ex).__name__, ex)
try:
    print(639, repr('%a' % (-2.5,)))
except Exception as ex:
    print(639, type(ex).__name__, ex)
try:
    print(640, repr('% 8G' % (1e-7,)))
except Exception as ex:
    print(640, type(ex).__name__, ex)
try:
    print(641, repr(format(float('inf'), '.17%')))
except Exception as ex:
    print(641, type(ex).__name__, ex)
try:
    print(642, repr(format('x'*3, '#_.6%')))
except Exception as ex:
    print(642, type(ex).__name__, ex)
try:
    print(643, repr(format(1234567, ' 8.3G')))
except Exception as ex:
    print(643, type(ex).__name__, ex)
try:
    print(644, repr('%-0#12.0%' % (1e300,)))
except Exception as ex:
    print(644, type(ex).__name__, ex)
try:
    print(645, repr(format(1e16, '#012.1g')))
except Exception as ex:
    print(645, type(ex).__name__, ex)
try:
    print(646, repr('%+ 1r' % (1e300,)))
except Exception as ex:
    print(646, type(ex).__name__, ex)
try:
    print(647, repr(format(1234567, '_=+0d')))
except Exception as ex:
    print(647, type(ex).__name__, ex)
try:
    print(648, repr(format(0.5, ' .17')))
except Exception as ex:
    print(648, type(ex).__name__, ex)
try:
    print(649, repr(format('', '-0f')))
except Exception as ex:
    print(649, type(ex).__name__, ex)
try:
    print(650, repr(format(float('-inf'), '#02.6E')))
except Exception as ex:
    print(650, type(ex).__name__, ex)
try:
    print(651, repr('%.0e' % (1e300,)))
except Exception as ex:
    print(651, type(ex).__name__, ex)
try:
    print(652, repr(format(0, '020.1')))
except Exception as ex:
    print(652, type(ex).__name__, ex)
try:
    print(653, repr(format(-9876543, ' 5o')))
except Exception as ex:
    print(653, type(ex).__name__, ex)
try:
    print(654, repr('%+12s' % (2.675,)))
except Exception as ex:
    print(654, type(ex).__name__, ex)
try:
    print(655, repr('%#-+.1r' % (3.14159,)))
except Exception as ex:
    print(655, type(ex).__name__, ex)
try:
    print(656, repr(format(1234567, '.0n')))
except Exception as ex:
    print(656, type(ex).__name__, ex)
try:
    print(657, repr('%0-.2i' % (-1e-300,)))
except Exception as ex:
    print(657, type(ex).__name__, ex)
try:
    print(658, repr(format(1e300, '0.1X')))
except Exception as ex:
    print(658, type(ex).__name__, ex)
try:
    print(659, repr(format(-9876543, '+#0')))
except Exception as ex:
    print(659, type(ex).__name__, ex)
try:
    print(660, repr(format(-2.5, ' 12.1')))
except Exception as ex:
    print(660, type(ex).__name__, ex)
try:
    print(661, repr('%0c' % (False,)))
except Exception as ex:
    print(661, type(ex).__name__, ex)
try:
    print(662, repr('% -G' % (9.99,)))
except Exception as ex:
    print(662, type(ex).__name__, ex)
try:
    print(663, repr('%c' % (9.99,)))
except Exception as ex:
    print(663, type(ex).__name__, ex)
try:
    print(664, repr('%i' % (255,)))
except Exception as ex:
    print(664, type(ex).__name__, ex)
try:
    print(665, repr(format(1e16, '8')))
except Exception as ex:
    print(665, type(ex).__name__, ex)
try:
    print(666, repr('%+-i' % (-0.0,)))
except Exception as ex:
    print(666, type(ex).__name__, ex)
try:
    print(667, repr('%# .2F' % (1e300,)))
except Exception as ex:
    print(667, type(ex).__name__, ex)
try:
    print(668, repr(format(0.5, '-#_.10x')))
except Exception as ex:
    print(668, type(ex).__name__, ex)
try:
    print(669, repr(format(255, 'x<.1G')))
except Exception as ex:
    print(669, type(ex).__name__, ex)
try:
    print(670, repr(format(0.125, '#5,.1')))
except Exception as ex:
    print(670, type(ex).__name__, ex)
try:
    print(671, repr('%0.1i' % ('x'*3,)))
except Exception as ex:
    print(671, type(ex).__name__, ex)
try:
    print(672, repr(format('', '_^ 00_.1%')))
except Exception as ex:
    print(672, type(ex).__name__, ex)
try:
    print(673, repr(format(True, '_^+5,.17E')))
except Exception as ex:
    print(673, type(ex).__name__, ex)
try:
    print(674, repr(format(3.14159, ' =-12,b')))
except Exception as ex:
    print(674, type(ex).__name__, ex)
try:
    print(675, repr(format(0.125, '8f')))
except Exception as ex:
    print(675, type(ex).__name__, ex)
try:
    print(676, repr(format(2.675, ',')))
except Exception as ex:
    print(676, type(ex).__name__, ex)
try:
    print(677, repr(format(1e300, '0.6')))
except Exception as ex:
    print(677, type(ex).__name__, ex)
try:
    print(678, repr(format(1234567, '-#8_')))
except Exception as ex:
    print(678, type(ex).__name__, ex)
try:
    print(679, repr('%0%' % (-1,)))
except Exception as ex:
    print(679, type(ex).__name__, ex)
try:
    print(680, repr('%+ 8f' % (-0.0,)))
except Exception as ex:
    print(680, type(ex).__name__, ex)
try:
    print(681, repr(format(1e16, '_^12')))
except Exception as ex:
    print(681, type(ex).__name__, ex)
try:
    print(682, repr('%-.1o' % (True,)))
except Exception as ex:
    print(682, type(ex).__name__, ex)
try:
    print(683, repr(format(1e22, '+#2x')))
except Exception as ex:
    print(683, type(ex).__name__, ex)
try:
    print(684, repr(format('é', '5F')))
except Exception as ex:
    print(684, type(ex).__name__, ex)
try:
    print(685, repr('%12.10f' % (-42,)))
except Exception as ex:
    print(685, type(ex).__name__, ex)
try:
    print(686, repr(format(7, ' 0.25G')))
except Exception as ex:
    print(686, type(ex).__name__, ex)
try:
    print(687, repr(format(255, 'x=')))
except Exception as ex:
    print(687, type(ex).__name__, ex)
try:
    print(688, repr(format(3.14159, '1')))
except Exception as ex:
    print(688, type(ex).__name__, ex)
try:
    print(689, repr('%.2g' % (123456.789,)))
except Exception as ex:
    print(689, type(ex).__name__, ex)
try:
    print(690, repr(format(-42, '-#12,.3n')))
except Exception as ex:
    print(690, type(ex).__name__, ex)
try:
    print(691, repr(format(7, 'x=s')))
except Exception as ex:
    print(691, type(ex).__name__, ex)
try:
    print(692, repr(format(-1, '12.10d')))
except Exception as ex:
    print(692, type(ex).__name__, ex)
try:
    print(693, repr(format(-2.5, ' ^.10n')))
except Exception as ex:
    print(693, type(ex).__name__, ex)
try:
    print(694, repr(format(1234567, '0.1g')))
except Exception as ex:
    print(694, type(ex).__name__, ex)
try:
    print(695, repr('%.1f' % (1e22,)))
except Exception as ex:
    print(695, type(ex).__name__, ex)
try:
    print(696, repr('%#.1c' % (255,)))
except Exception as ex:
    print(696, type(ex).__name__, ex)
try:
    print(697, repr(format('abc', '12,.3X')))
except Exception as ex:
    print(697, type(ex).__name__, ex)
try:
    print(698, repr(format(-9876543, '.17F')))
except Exception as ex:
    print(698, type(ex).__name__, ex)
try:
    print(699, repr(format(1e16, ' #20F')))
except Exception as ex:
    print(699, type(ex).__name__, ex)
try:
    print(700, repr(format(True, ' 1f')))
except Exception as ex:
    print(700, type(ex).__name__, ex)
try:
    print(701, repr(format(0, '#.3o')))
except Exception as ex:
    print(701, type(ex).__name__, ex)
try:
    print(702, repr(format(9.99, 'x<')))
except Exception as ex:
    print(702, type(ex).__name__, ex)
try:
    print(703, repr(format('', '+F')))
except Exception as ex:
    print(703, type(ex).__name__, ex)
try:
    print(704, repr(format('x'*3, '8')))
except Exception as ex:
    print(704, type(ex).__name__, ex)
try:
    print(705, repr(format(-9876543, '#.3X')))
except Exception as ex:
    print(705, type(ex).__name__, ex)
try:
    print(706, repr(format(2.675, '-5.6f')))
except Exception as ex:
    print(706, type(ex).__name__, ex)
try:
    print(707, repr(format(3.14159, ' = ')))
except Exception as ex:
    print(707, type(ex).__name__, ex)
try:
    print(708, repr(format(float('-inf'), '*^#0.1')))
except Exception as ex:
    print(708, type(ex).__name__, ex)
try:
    print(709, repr('%#+ 1.5o' % (-9876543,)))
except Exception as ex:
    print(709, type(ex).__name__, ex)
try:
    print(710, repr(format(True, '*^o')))
except Exception as ex:
    print(710, type(ex).__name__, ex)
try:
    print(711, repr('%.0X' % (0.5,)))
except Exception as ex:
    print(711, type(ex).__name__, ex)
try:
    print(712, repr(format(1, '#.2b')))
except Exception as ex:
    print(712, type(ex).__name__, ex)
try:
    print(713, repr(format(-1, '2')))
except Exception as ex:
    print(713, type(ex).__name__, ex)
try:
    print(714, repr('% #03.10f' % (3.14159,)))
except Exception as ex:
    print(714, type(ex).__name__, ex)
try:
    print(715, repr('%a' % (-2.5,)))
except Exception as ex:
    print(715, type(ex).__name__, ex)
try:
    print(716, repr('%.2d' % (0.125,)))
except Exception as ex:
    print(716, type(ex).__name__, ex)
try:
    print(717, repr(format('x'*3, '.17X')))
except Exception as ex:
    print(717, type(ex).__name__, ex)
try:
    print(718, repr(format(255, '0^-#05.0b')))
except Exception as ex:
    print(718, type(ex).__name__, ex)
try:
    print(719, repr('%+ -0.2i' % (-42,)))
except Exception as ex:
    print(719, type(ex).__name__, ex)
try:
    print(720, repr('%- d' % (False,)))
except Exception as ex:
    print(720, type(ex).__name__, ex)
try:
    print(721, repr('%1d' % (-1,)))
except Exception as ex:
    print(721, type(ex).__name__, ex)
try:
    print(722, repr('%e' % (float('nan'),)))
except Exception as ex:
    print(722, type(ex).__name__, ex)
try:
    print(723, repr('%-#3x' % (1e300,)))
except Exception as ex:
    print(723, type(ex).__name__, ex)
try:
    print(724, repr(format('x'*3, '20')))
except Exception as ex:
    print(724, type(ex).__name__, ex)
try:
    print(725, repr(format(1.5, '+0,.25X')))
except Exception as ex:
    print(725, type(ex).__name__, ex)
try:
    print(726, repr(format(float('-inf'), '-0.25c')))
except Exception as ex:
    print(726, type(ex).__name__, ex)
try:
    print(727, repr(format(-1e-300, '-0.1')))
except Exception as ex:
    print(727, type(ex).__name__, ex)
try:
    print(728, repr(format(float('nan'), '020,s')))
except Exception as ex:
    print(728, type(ex).__name__, ex)
try:
    print(729, repr(format(True, 'x<#1.25f')))
except Exception as ex:
    print(729, type(ex).__name__, ex)
try:
    print(730, repr(format(0, ',d')))
except Exception as ex:
    print(730, type(ex).__name__, ex)
try:
    print(731, repr(format(9.99, '5g')))
except Exception as ex:
    print(731, type(ex).__name__, ex)
try:
    print(732, repr(format(0, '*>0b')))
except Exception as ex:
    print(732, type(ex).__name__, ex)
try:
    print(733, repr('%#+0.5F' % ('abc',)))
except Exception as ex:
    print(733, type(ex).__name__, ex)
try:
    print(734, repr(format('é', ',x')))
except Exception as ex:
    print(734, type(ex).__name__, ex)
try:
    print(735, repr(format(1e300, '00.25')))
except Exception as ex:
    print(735, type(ex).__name__, ex)
try:
    print(736, repr(format(0, '%')))
except Exception as ex:
    print(736, type(ex).__name__, ex)
try:
    print(737, repr(format(float('nan'), 'b')))
except Exception as ex:
    print(737, type(ex).__name__, ex)
try:
    print(738, repr(format(0.0, '.25d')))
except Exception as ex:
    print(738, type(ex).__name__, ex)
try:
    print(739, repr('%3g' % (3.14159,)))
except Exception as ex:
    print(739, type(ex).__name__, ex)
try:
    print(740, repr(format(-1e-300, '-0x')))
except Exception as ex:
    print(740, type(ex).__name__, ex)
try:
    print(741, repr('%.2c' % (1234567,)))
except Exception as ex:
    print(741, type(ex).__name__, ex)
try:
    print(742, repr(format(0.125, '0^1.10o')))
except Exception as ex:
    print(742, type(ex).__name__, ex)
try:
    print(743, repr('%-0G' % (1e22,)))
except Exception as ex:
    print(743, type(ex).__name__, ex)
try:
    print(744, repr('%0e' % (0.125,)))
except Exception as ex:
    print(744, type(ex).__name__, ex)
try:
    print(745, repr('%012s' % (0.0,)))
except Exception as ex:
    print(745, type(ex).__name__, ex)
try:
    print(746, repr(format(0.0, '0<+')))
except Exception as ex:
    print(746, type(ex).__name__, ex)
try:
    print(747, repr('%.2x' % ('x'*3,)))
except Exception as ex:
    print(747, type(ex).__name__, ex)
try:
    print(748, repr(format('', '0g')))
except Exception as ex:
    print(748, type(ex).__name__, ex)
try:
    print(749, repr(format(9.99, '0^8.0')))
except Exception as ex:
    print(749, type(ex).__name__, ex)
try:
    print(750, repr(format(2**40, '12.1d')))
except Exception as ex:
    print(750, type(ex).__name__, ex)
try:
    print(751, repr(format(float('inf'), '')))
except Exception as ex:
    print(751, type(ex).__name__, ex)
try:
    print(752, repr(format(7, '12.17b')))
except Exception as ex:
    print(752, type(ex).__name__, ex)
try:
    print(753, repr('%0.10i' % (float('-inf'),)))
except Exception as ex:
    print(753, type(ex).__name__, ex)
try:
    print(754, repr(format(-1, '0')))
except Exception as ex:
    print(754, type(ex).__name__, ex)
try:
    print(755, repr(format(2**40, '1.25E')))
except Exception as ex:
    print(755, type(ex).__name__, ex)
try:
    print(756, repr(format('abc', '*=+5G')))
except Exception as ex:
    print(756, type(ex).__name__, ex)
try:
    print(757, repr(format(1, '>#.6')))
except Exception as ex:
    print(757, type(ex).__name__, ex)
try:
    print(758, repr(format('x'*3, ' <.17o')))
except Exception as ex:
    print(758, type(ex).__name__, ex)
try:
    print(759, repr(format('abc', '_^12.10')))
except Exception as ex:
    print(759, type(ex).__name__, ex)
try:
    print(760, repr(format(-1e-300, ' 05x')))
except Exception as ex:
    print(760, type(ex).__name__, ex)
try:
    print(761, repr(format(-1e-300, '0o')))
except Exception as ex:
    print(761, type(ex).__name__, ex)
try:
    print(762, repr(format(7, '*=#.17F')))
except Exception as ex:
    print(762, type(ex).__name__, ex)
try:
    print(763, repr(format(0, '0x')))
except Exception as ex:
    print(763, type(ex).__name__, ex)
try:
    print(764, repr(format(False, '1_.3s')))
except Exception as ex:
    print(764, type(ex).__name__, ex)
try:
    print(765, repr(format(-9876543, '#08X')))
except Exception as ex:
    print(765, type(ex).__name__, ex)
try:
    print(766, repr('%- #r' % (-1e-300,)))
except Exception as ex:
    print(766, type(ex).__name__, ex)
try:
    print(767, repr(format(255, '2.17g')))
except Exception as ex:
    print(767, type(ex).__name__, ex)
try:
    print(768, repr(format(1e-7, '0^1,')))
except Exception as ex:
    print(768, type(ex).__name__, ex)
try:
    print(769, repr('%3x' % (1234567,)))
except Exception as ex:
    print(769, type(ex).__name__, ex)
try:
    print(770, repr(format(-0.0, '-2e')))
except Exception as ex:
    print(770, type(ex).__name__, ex)
try:
    print(771, repr('%0#-.10F' % (-1e-300,)))
except Exception as ex:
    print(771, type(ex).__name__, ex)
try:
    print(772, repr('%+#0.1e' % (-9876543,)))
except Exception as ex:
    print(772, type(ex).__name__, ex)
try:
    print(773, repr(format(255, '+#5.1G')))
except Exception as ex:
    print(773, type(ex).__name__, ex)
try:
    print(774, repr('%#0.5%' % (9.99,)))
except Exception as ex:
    print(774, type(ex).__name__, ex)
try:
    print(775, repr('%%' % (1.5,)))
except Exception as ex:
    print(775, type(ex).__name__, ex)
try:
    print(776, repr(format(1e16, '.6s')))
except Exception as ex:
    print(776, type(ex).__name__, ex)
try:
    print(777, repr(format(float('nan'), ' >-#0')))
except Exception as ex:
    print(777, type(ex).__name__, ex)
try:
    print(778, repr('%0-+3G' % (255,)))
except Exception as ex:
    print(778, type(ex).__name__, ex)
try:
    print(779, repr(format(-42, '0=0g')))
except Exception as ex:
    print(779, type(ex).__name__, ex)
try:
    print(780, repr(format(1234567, '0>0_.6e')))
except Exception as ex:
    print(780, type(ex).__name__, ex)
try:
    print(781, repr(format(3.14159, '00_b')))
except Exception as ex:
    print(781, type(ex).__name__, ex)
try:
    print(782, repr('%.1a' % (123456.789,)))
except Exception as ex:
    print(782, type(ex).__name__, ex)
try:
    print(783, repr('%-12.10x' % (-2.5,)))
except Exception as ex:
    print(783, type(ex).__name__, ex)
try:
    print(784, repr(format(float('nan'), ' <8.6')))
except Exception as ex:
    print(784, type(ex).__name__, ex)
try:
    print(785, repr(format(2**40, '0.17')))
except Exception as ex:
    print(785, type(ex).__name__, ex)
try:
    print(786, repr('%3s' % (-1,)))
except Exception as ex:
    print(786, type(ex).__name__, ex)
try:
    print(787, repr('%0+12.0o' % (1,)))
except Exception as ex:
    print(787, type(ex).__name__, ex)
try:
    print(788, repr(format(-1, '#8,.10f')))
except Exception as ex:
    print(788, type(ex).__name__, ex)
try:
    print(789, repr(format(0.125, '_')))
except Exception as ex:
    print(789, type(ex).__name__, ex)
try:
    print(790, repr(format(123456.789, ' >5_.10E')))
except Exception as ex:
    print(790, type(ex).__name__, ex)
try:
    print(791, repr('%.1i' % ('',)))
except Exception as ex:
    print(791, type(ex).__name__, ex)
try:
    print(792, repr('%8d' % (0.125,)))
except Exception as ex:
    print(792, type(ex).__name__, ex)
try:
    print(793, repr('%#+g' % ('abc',)))
except Exception as ex:
    print(793, type(ex).__name__, ex)
try:
    print(794, repr(format(-9876543, '0<+#5X')))
except Exception as ex:
    print(794, type(ex).__name__, ex)
try:
    print(795, repr('%1g' % (-42,)))
except Exception as ex:
    print(795, type(ex).__name__, ex)
try:
    print(796, repr(format(1e16, '8x')))
except Exception as ex:
    print(796, type(ex).__name__, ex)
try:
    print(797, repr(format(3.14159, ' =#0.25G')))
except Exception as ex:
    print(797, type(ex).__name__, ex)
try:
    print(798, repr(format(0.5, '+.0b')))
except Exception as ex:
    print(798, type(ex).__name__, ex)
try:
    print(799, repr(format(1e22, '20f')))
except Exception as ex:
    print(799, type(ex).__name__, ex)
try:
    print(800, repr(format(1234567, ' 8F')))
except Exception as ex:
    print(800, type(ex).__name__, ex)
try:
    print(801, repr('%X' % (1e-7,)))
except Exception as ex:
    print(801, type(ex).__name__, ex)
try:
    print(802, repr('%e' % (float('inf'),)))
except Exception as ex:
    print(802, type(ex).__name__, ex)
try:
    print(803, repr(format(1e22, '_=+020.0n')))
except Exception as ex:
    print(803, type(ex).__name__, ex)
try:
    print(804, repr(format(float('nan'), '+8')))
except Exception as ex:
    print(804, type(ex).__name__, ex)
try:
    print(805, repr('% 1c' % (-1e-300,)))
except Exception as ex:
    print(805, type(ex).__name__, ex)
try:
    print(806, repr(format(False, 's')))
except Exception as ex:
    print(806, type(ex).__name__, ex)
try:
    print(807, repr('%3s' % (3.14159,)))
except Exception as ex:
    print(807, type(ex).__name__, ex)
try:
    print(808, repr('%0+3G' % ('é',)))
except Exception as ex:
    print(808, type(ex).__name__, ex)
try:
    print(809, repr('%-.5F' % (1e22,)))
except Exception as ex:
    print(809, type(ex).__name__, ex)
try:
    print(810, repr(format(float('inf'), '0^8.3E')))
except Exception as ex:
    print(810, type(ex).__name__, ex)
try:
    print(811, repr(format(3.14159, '#.2s')))
except Exception as ex:
    print(811, type(ex).__name__, ex)
try:
    print(812, repr('%0.1g' % (0.125,)))
except Exception as ex:
    print(812, type(ex).__name__, ex)
try:
    print(813, repr('%- #3f' % (1.5,)))
except Exception as ex:
    print(813, type(ex).__name__, ex)
try:
    print(814, repr(format(2.675, '0G')))
except Exception as ex:
    print(814, type(ex).__name__, ex)
try:
    print(815, repr(format('', '#%')))
except Exception as ex:
    print(815, type(ex).__name__, ex)
try:
    print(816, repr('%.1d' % (1e-7,)))
except Exception as ex:
    print(816, type(ex).__name__, ex)
try:
    print(817, repr('%r' % (-1,)))
except Exception as ex:
    print(817, type(ex).__name__, ex)
try:
    print(818, repr(format(7, '-0,.6')))
except Exception as ex:
    print(818, type(ex).__name__, ex)
try:
    print(819, repr('%+0.2x' % (0.5,)))
except Exception as ex:
    print(819, type(ex).__name__, ex)
try:
    print(820, repr(format(0, '.10')))
except Exception as ex:
    print(820, type(ex).__name__, ex)
try:
    print(821, repr('%0.0i' % (0,)))
except Exception as ex:
    print(821, type(ex).__name__, ex)
try:
    print(822, repr(format(1e300, '.10d')))
except Exception as ex:
    print(822, type(ex).__name__, ex)
try:
    print(823, repr('%03c' % (0,)))
except Exception as ex:
    print(823, type(ex).__name__, ex)
try:
    print(824, repr('%8g' % (-1,)))
except Exception as ex:
    print(824, type(ex).__name__, ex)
try:
    print(825, repr('%1i' % ('é',)))
except Exception as ex:
    print(825, type(ex).__name__, ex)
try:
    print(826, repr(format('', '^5')))
except Exception as ex:
    print(826, type(ex).__name__, ex)
try:
    print(827, repr('%.10s' % (False,)))
except Exception as ex:
    print(827, type(ex).__name__, ex)
try:
    print(828, repr(format(0.5, '+20,.1X')))
except Exception as ex:
    print(828, type(ex).__name__, ex)
try:
    print(829, repr(format(-1e-300, ' 12,')))
except Exception as ex:
    print(829, type(ex).__name__, ex)
try:
    print(830, repr('%+8.10c' % (1.5,)))
except Exception as ex:
    print(830, type(ex).__name__, ex)
try:
    print(831, repr(format(float('-inf'), '.25F')))
except Exception as ex:
    print(831, type(ex).__name__, ex)
try:
    print(832, repr(format(0.0, '.3G')))
except Exception as ex:
    print(832, type(ex).__name__, ex)
try:
    print(833, repr('%r' % (float('inf'),)))
except Exception as ex:
    print(833, type(ex).__name__, ex)
try:
    print(834, repr('%#012.2a' % (1e22,)))
except Exception as ex:
    print(834, type(ex).__name__, ex)
try:
    print(835, repr(format(0.0, '.1')))
except Exception as ex:
    print(835, type(ex).__name__, ex)
try:
    print(836, repr('%1i' % ('abc',)))
except Exception as ex:
    print(836, type(ex).__name__, ex)
try:
    print(837, repr('% 12d' % (0.125,)))
except Exception as ex:
    print(837, type(ex).__name__, ex)
try:
    print(838, repr(format(1e16, '*=+#_b')))
except Exception as ex:
    print(838, type(ex).__name__, ex)
try:
    print(839, repr(format(1, 'E')))
except Exception as ex:
    print(839, type(ex).__name__, ex)
try:
    print(840, repr('% -0.2%' % (-42,)))
except Exception as ex:
    print(840, type(ex).__name__, ex)
try:
    print(841, repr('%o' % (-1e-300,)))
except Exception as ex:
    print(841, type(ex).__name__, ex)
try:
    print(842, repr('%8d' % (float('nan'),)))
except Exception as ex:
    print(842, type(ex).__name__, ex)
try:
    print(843, repr('%1.5o' % (-1e-300,)))
except Exception as ex:
    print(843, type(ex).__name__, ex)
try:
    print(844, repr('%0#%' % (1234567,)))
except Exception as ex:
    print(844, type(ex).__name__, ex)
try:
    print(845, repr(format(0.5, '<.17d')))
except Exception as ex:
    print(845, type(ex).__name__, ex)
try:
    print(846, repr(format(-1, '_^_E')))
except Exception as ex:
    print(846, type(ex).__name__, ex)
try:
    print(847, repr('%.1r' % (1234567,)))
except Exception as ex:
    print(847, type(ex).__name__, ex)
try:
    print(848, repr('%.5e' % ('abc',)))
except Exception as ex:
    print(848, type(ex).__name__, ex)
try:
    print(849, repr(format(-0.0, '0^#.6G')))
except Exception as ex:
    print(849, type(ex).__name__, ex)
try:
    print(850, repr('%1s' % (123456.789,)))
except Exception as ex:
    print(850, type(ex).__name__, ex)
try:
    print(851, repr('%12e' % (1234567,)))
except Exception as ex:
    print(851, type(ex).__name__, ex)
try:
    print(852, repr('%#- 1.0d' % (-2.5,)))
except Exception as ex:
    print(852, type(ex).__name__, ex)
try:
    print(853, repr(format(1, '=.0')))
except Exception as ex:
    print(853, type(ex).__name__, ex)
try:
    print(854, repr('%+1o' % (float('nan'),)))
except Exception as ex:
    print(854, type(ex).__name__, ex)
try:
    print(855, repr(format(-1, '20g')))
except Exception as ex:
    print(855, type(ex).__name__, ex)
try:
    print(856, repr('%0G' % (2.675,)))
except Exception as ex:
    print(856, type(ex).__name__, ex)
try:
    print(857, repr(format(True, '2_b')))
except Exception as ex:
    print(857, type(ex).__name__, ex)
try:
    print(858, repr(format(-0.0, '#1,.10s')))
except Exception as ex:
    print(858, type(ex).__name__, ex)
try:
    print(859, repr(format(7, 'x<1,.1x')))
except Exception as ex:
    print(859, type(ex).__name__, ex)
try:
    print(860, repr(format(-1e-300, '2_c')))
except Exception as ex:
    print(860, type(ex).__name__, ex)
try:
    print(861, repr('%.0i' % (7,)))
except Exception as ex:
    print(861, type(ex).__name__, ex)
try:
    print(862, repr(format(1, '>')))
except Exception as ex:
    print(862, type(ex).__name__, ex)
try:
    print(863, repr(format(-1, '5_x')))
except Exception as ex:
    print(863, type(ex).__name__, ex)
try:
    print(864, repr(format('abc', '.3s')))
except Exception as ex:
    print(864, type(ex).__name__, ex)
try:
    print(865, repr(format(0.5, '.2')))
except Exception as ex:
    print(865, type(ex).__name__, ex)
try:
    print(866, repr('%- 0d' % (1,)))
except Exception as ex:
    print(866, type(ex).__name__, ex)
try:
    print(867, repr(format(7, '5E')))
except Exception as ex:
    print(867, type(ex).__name__, ex)
try:
    print(868, repr(format(-9876543, ' #0.3e')))
except Exception as ex:
    print(868, type(ex).__name__, ex)
try:
    print(869, repr('%g' % (1e-7,)))
except Exception as ex:
    print(869, type(ex).__name__, ex)
try:
    print(870, repr(format(-2.5, '+2_.1x')))
except Exception as ex:
    print(870, type(ex).__name__, ex)
try:
    print(871, repr(format(float('-inf'), '5s')))
except Exception as ex:
    print(871, type(ex).__name__, ex)
try:
    print(872, repr(format(-42, '^2.3c')))
except Exception as ex:
    print(872, type(ex).__name__, ex)
try:
    print(873, repr(format(1e16, '*>.3')))
except Exception as ex:
    print(873, type(ex).__name__, ex)
try:
    print(874, repr(format('é', '0,.2G')))
except Exception as ex:
    print(874, type(ex).__name__, ex)
try:
    print(875, repr('%+ 03e' % (7,)))
except Exception as ex:
    print(875, type(ex).__name__, ex)
try:
    print(876, repr(format(-1e-300, '20')))
except Exception as ex:
    print(876, type(ex).__name__, ex)
try:
    print(877, repr('%E' % (True,)))
except Exception as ex:
    print(877, type(ex).__name__, ex)
try:
    print(878, repr('%#3F' % (True,)))
except Exception as ex:
    print(878, type(ex).__name__, ex)
try:
    print(879, repr('%12.0X' % (3.14159,)))
except Exception as ex:
    print(879, type(ex).__name__, ex)
try:
    print(880, repr(format(7, '8,.6f')))
except Exception as ex:
    print(880, type(ex).__name__, ex)
try:
    print(881, repr('%3.5r' % (7,)))
except Exception as ex:
    print(881, type(ex).__name__, ex)
try:
    print(882, repr(format(1e16, '>20.10E')))
except Exception as ex:
    print(882, type(ex).__name__, ex)
try:
    print(883, repr(format(1, '_<F')))
except Exception as ex:
    print(883, type(ex).__name__, ex)
try:
    print(884, repr(format(True, '*<2.6G')))
except Exception as ex:
    print(884, type(ex).__name__, ex)
try:
    print(885, repr(format(0.0, '=.1E')))
except Exception as ex:
    print(885, type(ex).__name__, ex)
try:
    print(886, repr(format(1e22, '.10F')))
except Exception as ex:
    print(886, type(ex).__name__, ex)
try:
    print(887, repr(format('abc', '^2e')))
except Exception as ex:
    print(887, type(ex).__name__, ex)
try:
    print(888, repr('%-0+r' % (255,)))
except Exception as ex:
    print(888, type(ex).__name__, ex)
try:
    print(889, repr('%12.1a' % (1e22,)))
except Exception as ex:
    print(889, type(ex).__name__, ex)
try:
    print(890, repr(format(-0.0, '-0,.2')))
except Exception as ex:
    print(890, type(ex).__name__, ex)
try:
    print(891, repr(format(7, '*=00,.17%')))
except Exception as ex:
    print(891, type(ex).__name__, ex)
try:
    print(892, repr('%+#3a' % (-42,)))
except Exception as ex:
    print(892, type(ex).__name__, ex)
try:
    print(893, repr('% %' % (1234567,)))
except Exception as ex:
    print(893, type(ex).__name__, ex)
try:
    print(894, repr(format('é', '8')))
except Exception as ex:
    print(894, type(ex).__name__, ex)
try:
    print(895, repr('%3x' % (123456.789,)))
except Exception as ex:
    print(895, type(ex).__name__, ex)
try:
    print(896, repr('%+- 0G' % (7,)))
except Exception as ex:
    print(896, type(ex).__name__, ex)
try:
    print(897, repr(format(1e22, '#8s')))
except Exception as ex:
    print(897, type(ex).__name__, ex)
try:
    print(898, repr('%3.0E' % (float('-inf'),)))
except Exception as ex:
    print(898, type(ex).__name__, ex)
try:
    print(899, repr('% #3X' % (float('nan'),)))
except Exception as ex:
    print(899, type(ex).__name__, ex)
try:
    print(900, repr('%# 8.0G' % ('x'*3,)))
except Exception as ex:
    print(900, type(ex).__name__, ex)
try:
    print(901, repr(format(1e300, '.10f')))
except Exception as ex:
    print(901, type(ex).__name__, ex)
try:
    print(902, repr(format(1234567, '*<02.0%')))
except Exception as ex:
    print(902, type(ex).__name__, ex)
try:
    print(903, repr(format(float('inf'), '12')))
except Exception as ex:
    print(903, type(ex).__name__, ex)
try:
    print(904, repr(format(1e-7, '+#0g')))
except Exception as ex:
    print(904, type(ex).__name__, ex)
try:
    print(905, repr(format(1.5, '*=12g')))
except Exception as ex:
    print(905, type(ex).__name__, ex)
try:
    print(906, repr(format(float('inf'), 'x=#.10F')))
except Exception as ex:
    print(906, type(ex).__name__, ex)
try:
    print(907, repr(format(255, '_')))
except Exception as ex:
    print(907, type(ex).__name__, ex)
try:
    print(908, repr(format('abc', '8_x')))
except Exception as ex:
    print(908, type(ex).__name__, ex)
try:
    print(909, repr(format(0.125, ',%')))
except Exception as ex:
    print(909, type(ex).__name__, ex)
try:
    print(910, repr(format(1e300, '*<.10d')))
except Exception as ex:
    print(910, type(ex).__name__, ex)
try:
    print(911, repr(format(-1e-300, '_^1o')))
except Exception as ex:
    print(911, type(ex).__name__, ex)
try:
    print(912, repr('%#0 3d' % (True,)))
except Exception as ex:
    print(912, type(ex).__name__, ex)
try:
    print(913, repr('%12.10r' % (255,)))
except Exception as ex:
    print(913, type(ex).__name__, ex)
try:
    print(914, repr(format(9.99, '1_.2c')))
except Exception as ex:
    print(914, type(ex).__name__, ex)
try:
    print(915, repr(format(float('-inf'), '5_c')))
except Exception as ex:
    print(915, type(ex).__name__, ex)
try:
    print(916, repr(format(123456.789, '-.10f')))
except Exception as ex:
    print(916, type(ex).__name__, ex)
try:
    print(917, repr(format(1.5, '0F')))
except Exception as ex:
    print(917, type(ex).__name__, ex)
try:
    print(918, repr(format(2.675, '#01,.1')))
except Exception as ex:
    print(918, type(ex).__name__, ex)
try:
    print(919, repr(format(1e300, 'x^0.6o')))
except Exception as ex:
    print(919, type(ex).__name__, ex)
try:
    print(920, repr(format(1.5, '2s')))
except Exception as ex:
    print(920, type(ex).__name__, ex)
try:
    print(921, repr('% -1.5f' % (2**40,)))
except Exception as ex:
    print(921, type(ex).__name__, ex)
try:
    print(922, repr(format(1e300, '.6n')))
except Exception as ex:
    print(922, type(ex).__name__, ex)
try:
    print(923, repr(format(False, 'x<+.0n')))
except Exception as ex:
    print(923, type(ex).__name__, ex)
try:
    print(924, repr(format(float('-inf'), '_<0d')))
except Exception as ex:
    print(924, type(ex).__name__, ex)
try:
    print(925, repr('%0c' % (255,)))
except Exception as ex:
    print(925, type(ex).__name__, ex)
try:
    print(926, repr(format(2.675, '#12.0s')))
except Exception as ex:
    print(926, type(ex).__name__, ex)
try:
    print(927, repr('%+12g' % (float('inf'),)))
except Exception as ex:
    print(927, type(ex).__name__, ex)
try:
    print(928, repr(format(1e-7, '^+08,.0n')))
except Exception as ex:
    print(928, type(ex).__name__, ex)
try:
    print(929, repr(format(float('nan'), '12x')))
except Exception as ex:
    print(929, type(ex).__name__, ex)
try:
    print(930, repr(format(-42, ',.2G')))
except Exception as ex:
    print(930, type(ex).__name__, ex)
try:
    print(931, repr(format(-1e-300, '0,.25')))
except Exception as ex:
    print(931, type(ex).__name__, ex)
try:
    print(932, repr(format(7, 'x=0,.3d')))
except Exception as ex:
    print(932, type(ex).__name__, ex)
try:
    print(933, repr(format('abc', '0c')))
except Exception as ex:
    print(933, type(ex).__name__, ex)
try:
    print(934, repr('%3c' % (True,)))
except Exception as ex:
    print(934, type(ex).__name__, ex)
try:
    print(935, repr(format('', '-.1s')))
except Exception as ex:
    print(935, type(ex).__name__, ex)
try:
    print(936, repr('%3E' % (0.5,)))
except Exception as ex:
    print(936, type(ex).__name__, ex)
try:
    print(937, repr('% 1%' % (7,)))
except Exception as ex:
    print(937, type(ex).__name__, ex)
try:
    print(938, repr(format(1e16, '20.17e')))
except Exception as ex:
    print(938, type(ex).__name__, ex)
try:
    print(939, repr(format(2**40, ' <0.17g')))
except Exception as ex:
    print(939, type(ex).__name__, ex)
try:
    print(940, repr(format('abc', '+#x')))
except Exception as ex:
    print(940, type(ex).__name__, ex)
try:
    print(941, repr('%+ #r' % (1e300,)))
except Exception as ex:
    print(941, type(ex).__name__, ex)
try:
    print(942, repr(format(0.0, ',G')))
except Exception as ex:
    print(942, type(ex).__name__, ex)
try:
    print(943, repr(format(False, '*<-E')))
except Exception as ex:
    print(943, type(ex).__name__, ex)
try:
    print(944, repr('%#- E' % (0.125,)))
except Exception as ex:
    print(944, type(ex).__name__, ex)
try:
    print(945, repr('%3.2x' % (0.0,)))
except Exception as ex:
    print(945, type(ex).__name__, ex)
try:
    print(946, repr('%o' % (float('-inf'),)))
except Exception as ex:
    print(946, type(ex).__name__, ex)
try:
    print(947, repr(format(2.675, 'x^1%')))
except Exception as ex:
    print(947, type(ex).__name__, ex)
try:
    print(948, repr('%.0o' % ('abc',)))
except Exception as ex:
    print(948, type(ex).__name__, ex)
try:
    print(949, repr(format(1, '0.10b')))
except Exception as ex:
    print(949, type(ex).__name__, ex)
try:
    print(950, repr(format(9.99, '#0X')))
except Exception as ex:
    print(950, type(ex).__name__, ex)
try:
    print(951, repr('% -.10a' % (-2.5,)))
except Exception as ex:
    print(951, type(ex).__name__, ex)
try:
    print(952, repr(format('x'*3, '0> #20.10X')))
except Exception as ex:
    print(952, type(ex).__name__, ex)
try:
    print(953, repr('%.5X' % (1e-7,)))
except Exception as ex:
    print(953, type(ex).__name__, ex)
try:
    print(954, repr('%8%' % (1234567,)))
except Exception as ex:
    print(954, type(ex).__name__, ex)
try:
    print(955, repr('%0e' % ('',)))
except Exception as ex:
    print(955, type(ex).__name__, ex)
try:
    print(956, repr(format(1234567, '+#12')))
except Exception as ex:
    print(956, type(ex).__name__, ex)
try:
    print(957, repr('%1s' % (123456.789,)))
except Exception as ex:
    print(957, type(ex).__name__, ex)
try:
    print(958, repr('%.10r' % (0.125,)))
except Exception as ex:
    print(958, type(ex).__name__, ex)
try:
    print(959, repr(format(0.5, '1.17%')))
except Exception as ex:
    print(959, type(ex).__name__, ex)
try:
    print(960, repr(format(float('inf'), '#5G')))
except Exception as ex:
    print(960, type(ex).__name__, ex)
try:
    print(961, repr('%.2%' % ('',)))
except Exception as ex:
    print(961, type(ex).__name__, ex)
try:
    print(962, repr('%a' % (7,)))
except Exception as ex:
    print(962, type(ex).__name__, ex)
try:
    print(963, repr('%i' % (9.99,)))
except Exception as ex:
    print(963, type(ex).__name__, ex)
try:
    print(964, repr('%1.2x' % (-42,)))
except Exception as ex:
    print(964, type(ex).__name__, ex)
try:
    print(965, repr(format(1e16, '*>g')))
except Exception as ex:
    print(965, type(ex).__name__, ex)
try:
    print(966, repr(format(123456.789, '_^#e')))
except Exception as ex:
    print(966, type(ex).__name__, ex)
try:
    print(967, repr(format(-42, ' <#00_s')))
except Exception as ex:
    print(967, type(ex).__name__, ex)
try:
    print(968, repr('%+ -G' % (1e300,)))
except Exception as ex:
    print(968, type(ex).__name__, ex)
try:
    print(969, repr(format(float('-inf'), 'x=-E')))
except Exception as ex:
    print(969, type(ex).__name__, ex)
try:
    print(970, repr(format(True, '=E')))
except Exception as ex:
    print(970, type(ex).__name__, ex)
try:
    print(971, repr(format(True, '08')))
except Exception as ex:
    print(971, type(ex).__name__, ex)
try:
    print(972, repr(format(False, '12_.25')))
except Exception as ex:
    print(972, type(ex).__name__, ex)
try:
    print(973, repr('% #.1c' % ('x'*3,)))
except Exception as ex:
    print(973, type(ex).__name__, ex)
try:
    print(974, repr(format(1234567, '12.17f')))
except Exception as ex:
    print(974, type(ex).__name__, ex)
try:
    print(975, repr(format(-42, '12.3e')))
except Exception as ex:
    print(975, type(ex).__name__, ex)
try:
    print(976, repr(format(1e-7, ',X')))
except Exception as ex:
    print(976, type(ex).__name__, ex)
try:
    print(977, repr('%F' % (-1,)))
except Exception as ex:
    print(977, type(ex).__name__, ex)
try:
    print(978, repr(format(float('-inf'), '+X')))
except Exception as ex:
    print(978, type(ex).__name__, ex)
try:
    print(979, repr(format(0.5, ' .17X')))
except Exception as ex:
    print(979, type(ex).__name__, ex)
try:
    print(980, repr(format(123456.789, '#2c')))
except Exception as ex:
    print(980, type(ex).__name__, ex)
try:
    print(981, repr(format(3.14159, '.1')))
except Exception as ex:
    print(981, type(ex).__name__, ex)
try:
    print(982, repr(format(0, '#_%')))
except Exception as ex:
    print(982, type(ex).__name__, ex)
try:
    print(983, repr('%+-0F' % (1234567,)))
except Exception as ex:
    print(983, type(ex).__name__, ex)
try:
    print(984, repr(format(-2.5, '_^-012.0')))
except Exception as ex:
    print(984, type(ex).__name__, ex)
try:
    print(985, repr('%0X' % (1e-7,)))
except Exception as ex:
    print(985, type(ex).__name__, ex)
try:
    print(986, repr(format(1, '+F')))
except Exception as ex:
    print(986, type(ex).__name__, ex)
try:
    print(987, repr(format(1, 'o')))
except Exception as ex:
    print(987, type(ex).__name__, ex)
try:
    print(988, repr(format(1e22, '5,')))
except Exception as ex:
    print(988, type(ex).__name__, ex)
try:
    print(989, repr(format(-0.0, '+.25X')))
except Exception as ex:
    print(989, type(ex).__name__, ex)
try:
    print(990, repr('%-0+0.0s' % (1234567,)))
except Exception as ex:
    print(990, type(ex).__name__, ex)
try:
    print(991, repr('%0r' % (-1e-300,)))
except Exception as ex:
    print(991, type(ex).__name__, ex)
try:
    print(992, repr(format(False, '20d')))
except Exception as ex:
    print(992, type(ex).__name__, ex)
try:
    print(993, repr(format(False, ' 00x')))
except Exception as ex:
    print(993, type(ex).__name__, ex)
try:
    print(994, repr('%0#+F' % (float('inf'),)))
except Exception as ex:
    print(994, type(ex).__name__, ex)
try:
    print(995, repr(format(0.0, 'x')))
except Exception as ex:
    print(995, type(ex).__name__, ex)
try:
    print(996, repr('%8F' % ('abc',)))
except Exception as ex:
    print(996, type(ex).__name__, ex)
try:
    print(997, repr('%i' % (255,)))
except Exception as ex:
    print(997, type(ex).__name__, ex)
try:
    print(998, repr('% -a' % (False,)))
except Exception as ex:
    print(998, type(ex).__name__, ex)
try:
    print(999, repr('%.5F' % (-0.0,)))
except Exception as ex:
    print(999, type(ex).__name__, ex)
try:
    print(1000, repr('%3.10e' % (1,)))
except Exception as ex:
    print(1000, type(ex).__name__, ex)
try:
    print(1001, repr(format(-1, '0,.17e')))
except Exception as ex:
    print(1001, type(ex).__name__, ex)
try:
    print(1002, repr('%.10G' % (1.5,)))
except Exception as ex:
    print(1002, type(ex).__name__, ex)
try:
    print(1003, repr('%- +0.0f' % (float('-inf'),)))
except Exception as ex:
    print(1003, type(ex).__name__, ex)
try:
    print(1004, repr(format(0, '#20_')))
except Exception as ex:
    print(1004, type(ex).__name__, ex)
try:
    print(1005, repr('%0-0.0E' % (2**40,)))
except Exception as ex:
    print(1005, type(ex).__name__, ex)
try:
    print(1006, repr(format(float('inf'), '+20.10X')))
except Exception as ex:
    print(1006, type(ex).__name__, ex)
try:
    print(1007, repr(format(float('-inf'), '+1,.6G')))
except Exception as ex:
    print(1007, type(ex).__name__, ex)
try:
    print(1008, repr(format(-1e-300, '+12.1')))
except Exception as ex:
    print(1008, type(ex).__name__, ex)
try:
    print(1009, repr(format(0.0, ',.6')))
except Exception as ex:
    print(1009, type(ex).__name__, ex)
try:
    print(1010, repr(format(7, 'f')))
except Exception as ex:
    print(1010, type(ex).__name__, ex)
try:
    print(1011, repr('%+#1G' % (-2.5,)))
except Exception as ex:
    print(1011, type(ex).__name__, ex)
try:
    print(1012, repr(format(1234567, 'x>#%')))
except Exception as ex:
    print(1012, type(ex).__name__, ex)
try:
    print(1013, repr(format(1e16, '+')))
except Exception as ex:
    print(1013, type(ex).__name__, ex)
try:
    print(1014, repr('%+-0s' % ('',)))
except Exception as ex:
    print(1014, type(ex).__name__, ex)
try:
    print(1015, repr(format(9.99, '-_.2')))
except Exception as ex:
    print(1015, type(ex).__name__, ex)
try:
    print(1016, repr('%12d' % (-0.0,)))
except Exception as ex:
    print(1016, type(ex).__name__, ex)
try:
    print(1017, repr(format('abc', '20.1x')))
except Exception as ex:
    print(1017, type(ex).__name__, ex)
try:
    print(1018, repr('%#12E' % (0.125,)))
except Exception as ex:
    print(1018, type(ex).__name__, ex)
try:
    print(1019, repr(format(255, '-#o')))
except Exception as ex:
    print(1019, type(ex).__name__, ex)
try:
    print(1020, repr('%.2i' % (1,)))
except Exception as ex:
    print(1020, type(ex).__name__, ex)
try:
    print(1021, repr('%# +.10f' % (float('-inf'),)))
except Exception as ex:
    print(1021, type(ex).__name__, ex)
try:
    print(1022, repr('%3i' % (0.0,)))
except Exception as ex:
    print(1022, type(ex).__name__, ex)
try:
    print(1023, repr(format(1e300, 'x^1b')))
except Exception as ex:
    print(1023, type(ex).__name__, ex)
try:
    print(1024, repr(format(1, ' .0')))
except Exception as ex:
    print(1024, type(ex).__name__, ex)
try:
    print(1025, repr(format('', '*>08.10')))
except Exception as ex:
    print(1025, type(ex).__name__, ex)
try:
    print(1026, repr(format(0, ' 0,.1d')))
except Exception as ex:
    print(1026, type(ex).__name__, ex)
try:
    print(1027, repr(format(-2.5, '1.6X')))
except Exception as ex:
    print(1027, type(ex).__name__, ex)
try:
    print(1028, repr('%.2x' % (float('-inf'),)))
except Exception as ex:
    print(1028, type(ex).__name__, ex)
try:
    print(1029, repr('%1G' % (-1e-300,)))
except Exception as ex:
    print(1029, type(ex).__name__, ex)
try:
    print(1030, repr('%0%' % (2.675,)))
except Exception as ex:
    print(1030, type(ex).__name__, ex)
try:
    print(1031, repr('%3G' % ('x'*3,)))
except Exception as ex:
    print(1031, type(ex).__name__, ex)
try:
    print(1032, repr('%-3.10%' % (-1,)))
except Exception as ex:
    print(1032, type(ex).__name__, ex)
try:
    print(1033, repr(format(float('inf'), '12.10f')))
except Exception as ex:
    print(1033, type(ex).__name__, ex)
try:
    print(1034, repr('%e' % (-2.5,)))
except Exception as ex:
    print(1034, type(ex).__name__, ex)
try:
    print(1035, repr('% #+.5o' % (2**40,)))
except Exception as ex:
    print(1035, type(ex).__name__, ex)
try:
    print(1036, repr('%0f' % ('é',)))
except Exception as ex:
    print(1036, type(ex).__name__, ex)
try:
    print(1037, repr('%x' % (-42,)))
except Exception as ex:
    print(1037, type(ex).__name__, ex)
try:
    print(1038, repr('%.0a' % (False,)))
except Exception as ex:
    print(1038, type(ex).__name__, ex)
try:
    print(1039, repr('%3.10f' % (0.5,)))
except Exception as ex:
    print(1039, type(ex).__name__, ex)
try:
    print(1040, repr(format(float('-inf'), '^G')))
except Exception as ex:
    print(1040, type(ex).__name__, ex)
try:
    print(1041, repr('%3.2c' % ('x'*3,)))
except Exception as ex:
    print(1041, type(ex).__name__, ex)
try:
    print(1042, repr(format(2**40, '*= 8_X')))
except Exception as ex:
    print(1042, type(ex).__name__, ex)
try:
    print(1043, repr(format(-2.5, '=#')))
except Exception as ex:
    print(1043, type(ex).__name__, ex)
try:
    print(1044, repr(format(float('-inf'), '20.3e')))
except Exception as ex:
    print(1044, type(ex).__name__, ex)
try:
    print(1045, repr(format(0, '8.10f')))
except Exception as ex:
    print(1045, type(ex).__name__, ex)
try:
    print(1046, repr('%c' % ('',)))
except Exception as ex:
    print(1046, type(ex).__name__, ex)
try:
    print(1047, repr(format(1.5, '_=8.1')))
except Exception as ex:
    print(1047, type(ex).__name__, ex)
try:
    print(1048, repr(format(True, ' ^020')))
except Exception as ex:
    print(1048, type(ex).__name__, ex)
try:
    print(1049, repr('%0-1.5G' % (1e300,)))
except Exception as ex:
    print(1049, type(ex).__name__, ex)
try:
    print(1050, repr('% 0-.10r' % ('x'*3,)))
except Exception as ex:
    print(1050, type(ex).__name__, ex)
try:
    print(1051, repr('%3.5d' % (255,)))
except Exception as ex:
    print(1051, type(ex).__name__, ex)
try:
    print(1052, repr(format(-1, ' E')))
except Exception as ex:
    print(1052, type(ex).__name__, ex)
try:
    print(1053, repr(format(float('nan'), '#20,.3G')))
except Exception as ex:
    print(1053, type(ex).__name__, ex)
try:
    print(1054, repr(format('abc', '-12.25g')))
except Exception as ex:
    print(1054, type(ex).__name__, ex)
try:
    print(1055, repr(format('abc', '020.6')))
except Exception as ex:
    print(1055, type(ex).__name__, ex)
try:
    print(1056, repr('%0 -F' % (2**40,)))
except Exception as ex:
    print(1056, type(ex).__name__, ex)
try:
    print(1057, repr('%#+0e' % (1.5,)))
except Exception as ex:
    print(1057, type(ex).__name__, ex)
try:
    print(1058, repr(format(1e16, '.3c')))
except Exception as ex:
    print(1058, type(ex).__name__, ex)
try:
    print(1059, repr(format(1e300, '0')))
except Exception as ex:
    print(1059, type(ex).__name__, ex)
try:
    print(1060, repr(format(-0.0, '0>12g')))
except Exception as ex:
    print(1060, type(ex).__name__, ex)
try:
    print(1061, repr(format(float('nan'), '.17')))
except Exception as ex:
    print(1061, type(ex).__name__, ex)
try:
    print(1062, repr(format(255, '-#1.0x')))
except Exception as ex:
    print(1062, type(ex).__name__, ex)
try:
    print(1063, repr(format('x'*3, '12.2G')))
except Exception as ex:
    print(1063, type(ex).__name__, ex)
try:
    print(1064, repr(format(1.5, ' .3%')))
except Exception as ex:
    print(1064, type(ex).__name__, ex)
try:
    print(1065, repr('%+0#3.0F' % (0.5,)))
except Exception as ex:
    print(1065, type(ex).__name__, ex)
try:
    print(1066, repr(format(-2.5, '')))
except Exception as ex:
    print(1066, type(ex).__name__, ex)
try:
    print(1067, repr(format('x'*3, '_>0s')))
except Exception as ex:
    print(1067, type(ex).__name__, ex)
try:
    print(1068, repr(format(0.125, '+20')))
except Exception as ex:
    print(1068, type(ex).__name__, ex)
try:
    print(1069, repr(format(0.0, 'e')))
except Exception as ex:
    print(1069, type(ex).__name__, ex)
try:
    print(1070, repr(format(1.5, 'x^.17f')))
except Exception as ex:
    print(1070, type(ex).__name__, ex)
try:
    print(1071, repr(format(-0.0, '_')))
except Exception as ex:
    print(1071, type(ex).__name__, ex)
try:
    print(1072, repr('%+01.1F' % (7,)))
except Exception as ex:
    print(1072, type(ex).__name__, ex)
try:
    print(1073, repr('%1g' % (True,)))
except Exception as ex:
    print(1073, type(ex).__name__, ex)
try:
    print(1074, repr('%12F' % (1e22,)))
except Exception as ex:
    print(1074, type(ex).__name__, ex)
try:
    print(1075, repr('%X' % (1234567,)))
except Exception as ex:
    print(1075, type(ex).__name__, ex)
try:
    print(1076, repr('%.1o' % (9.99,)))
except Exception as ex:
    print(1076, type(ex).__name__, ex)
try:
    print(1077, repr('%#0 e' % (1e-7,)))
except Exception as ex:
    print(1077, type(ex).__name__, ex)
try:
    print(1078, repr('%a' % (-1,)))
except Exception as ex:
    print(1078, type(ex).__name__, ex)
try:
    print(1079, repr('%.5d' % (1e16,)))
except Exception as ex:
    print(1079, type(ex).__name__, ex)
try:
    print(1080, repr(format(-1e-300, '_^,.25F')))
except Exception as ex:
    print(1080, type(ex).__name__, ex)
try:
    print(1081, repr(format(1234567, ' 2_.2%')))
except Exception as ex:
    print(1081, type(ex).__name__, ex)
try:
    print(1082, repr('%0+-.0o' % (123456.789,)))
except Exception as ex:
    print(1082, type(ex).__name__, ex)
try:
    print(1083, repr('%#1x' % ('é',)))
except Exception as ex:
    print(1083, type(ex).__name__, ex)
try:
    print(1084, repr(format(1234567, '#12.6')))
except Exception as ex:
    print(1084, type(ex).__name__, ex)
try:
    print(1085, repr('%#-.5d' % (0,)))
except Exception as ex:
    print(1085, type(ex).__name__, ex)
try:
    print(1086, repr('%12X' % (1.5,)))
except Exception as ex:
    print(1086, type(ex).__name__, ex)
try:
    print(1087, repr(format(1e16, '')))
except Exception as ex:
    print(1087, type(ex).__name__, ex)
try:
    print(1088, repr(format(1, '.10F')))
except Exception as ex:
    print(1088, type(ex).__name__, ex)
try:
    print(1089, repr(format(-2.5, '.1G')))
except Exception as ex:
    print(1089, type(ex).__name__, ex)
try:
    print(1090, repr(format(False, ' .0')))
except Exception as ex:
    print(1090, type(ex).__name__, ex)
try:
    print(1091, repr('%12.1X' % (3.14159,)))
except Exception as ex:
    print(1091, type(ex).__name__, ex)
try:
    print(1092, repr('%s' % (1.5,)))
except Exception as ex:
    print(1092, type(ex).__name__, ex)
try:
    print(1093, repr(format(255, ' ^ 12')))
except Exception as ex:
    print(1093, type(ex).__name__, ex)
try:
    print(1094, repr(format(1, '*<#12.2X')))
except Exception as ex:
    print(1094, type(ex).__name__, ex)
try:
    print(1095, repr('%.5c' % (1.5,)))
except Exception as ex:
    print(1095, type(ex).__name__, ex)
try:
    print(1096, repr(format(255, '-,.2c')))
except Exception as ex:
    print(1096, type(ex).__name__, ex)
try:
    print(1097, repr(format('abc', '5.6')))
except Exception as ex:
    print(1097, type(ex).__name__, ex)
try:
    print(1098, repr(format(-1e-300, '#01.6')))
except Exception as ex:
    print(1098, type(ex).__name__, ex)
try:
    print(1099, repr('% -E' % ('é',)))
except Exception as ex:
    print(1099, type(ex).__name__, ex)
try:
    print(1100, repr('%01.2X' % (1e16,)))
except Exception as ex:
    print(1100, type(ex).__name__, ex)
try:
    print(1101, repr('%12.0i' % (1.5,)))
except Exception as ex:
    print(1101, type(ex).__name__, ex)
try:
    print(1102, repr(format(float('nan'), '+.3')))
except Exception as ex:
    print(1102, type(ex).__name__, ex)
try:
    print(1103, repr(format(1e22, '0=12E')))
except Exception as ex:
    print(1103, type(ex).__name__, ex)
try:
    print(1104, repr('%12%' % (0.5,)))
except Exception as ex:
    print(1104, type(ex).__name__, ex)
try:
    print(1105, repr('%12G' % (True,)))
except Exception as ex:
    print(1105, type(ex).__name__, ex)
try:
    print(1106, repr(format(-2.5, '-0.1G')))
except Exception as ex:
    print(1106, type(ex).__name__, ex)
try:
    print(1107, repr(format(float('-inf'), 'x=0o')))
except Exception as ex:
    print(1107, type(ex).__name__, ex)
try:
    print(1108, repr(format(1e-7, ' .2d')))
except Exception as ex:
    print(1108, type(ex).__name__, ex)
try:
    print(1109, repr(format(0.5, ' 1b')))
except Exception as ex:
    print(1109, type(ex).__name__, ex)
try:
    print(1110, repr(format(1e16, 'x^+#X')))
except Exception as ex:
    print(1110, type(ex).__name__, ex)
try:
    print(1111, repr('%8g' % (0.125,)))
except Exception as ex:
    print(1111, type(ex).__name__, ex)
try:
    print(1112, repr(format(-42, '_^ 0_.0')))
except Exception as ex:
    print(1112, type(ex).__name__, ex)
try:
    print(1113, repr(format(3.14159, '#5,G')))
except Exception as ex:
    print(1113, type(ex).__name__, ex)
try:
    print(1114, repr(format(1234567, '_<#1.10g')))
except Exception as ex:
    print(1114, type(ex).__name__, ex)
try:
    print(1115, repr('%-+#X' % (3.14159,)))
except Exception as ex:
    print(1115, type(ex).__name__, ex)
try:
    print(1116, repr(format(0.125, '.1F')))
except Exception as ex:
    print(1116, type(ex).__name__, ex)
try:
    print(1117, repr('%%' % (float('inf'),)))
except Exception as ex:
    print(1117, type(ex).__name__, ex)
try:
    print(1118, repr('%x' % (1e16,)))
except Exception as ex:
    print(1118, type(ex).__name__, ex)
try:
    print(1119, repr('%.0f' % ('',)))
except Exception as ex:
    print(1119, type(ex).__name__, ex)
try:
    print(1120, repr(format(False, ',.6')))
except Exception as ex:
    print(1120, type(ex).__name__, ex)
try:
    print(1121, repr(format(255, '0=5.0X')))
except Exception as ex:
    print(1121, type(ex).__name__, ex)
try:
    print(1122, repr(format('é', '.1o')))
except Exception as ex:
    print(1122, type(ex).__name__, ex)
try:
    print(1123, repr(format(0.0, '.3d')))
except Exception as ex:
    print(1123, type(ex).__name__, ex)
try:
    print(1124, repr('%0d' % (1234567,)))
except Exception as ex:
    print(1124, type(ex).__name__, ex)
try:
    print(1125, repr(format(0.0, '+05')))
except Exception as ex:
    print(1125, type(ex).__name__, ex)
try:
    print(1126, repr('%.5F' % (-1,)))
except Exception as ex:
    print(1126, type(ex).__name__, ex)
try:
    print(1127, repr(format(0.0, '+#0%')))
except Exception as ex:
    print(1127, type(ex).__name__, ex)
try:
    print(1128, repr(format(-9876543, 'x=.1')))
except Exception as ex:
    print(1128, type(ex).__name__, ex)
try:
    print(1129, repr(format(2**40, '.17E')))
except Exception as ex:
    print(1129, type(ex).__name__, ex)
try:
    print(1130, repr(format(1e22, '-.3%')))
except Exception as ex:
    print(1130, type(ex).__name__, ex)
try:
    print(1131, repr('%0%' % (False,)))
except Exception as ex:
    print(1131, type(ex).__name__, ex)
try:
    print(1132, repr(format(float('nan'), '5')))
except Exception as ex:
    print(1132, type(ex).__name__, ex)
try:
    print(1133, repr(format(1.5, '5,.17G')))
except Exception as ex:
    print(1133, type(ex).__name__, ex)
try:
    print(1134, repr('%+#0.1s' % (1e22,)))
except Exception as ex:
    print(1134, type(ex).__name__, ex)
try:
    print(1135, repr(format(1e22, '*^1.1n')))
except Exception as ex:
    print(1135, type(ex).__name__, ex)
try:
    print(1136, repr(format(0.5, '_=1.10d')))
except Exception as ex:
    print(1136, type(ex).__name__, ex)
try:
    print(1137, repr(format(-1, '+#.3x')))
except Exception as ex:
    print(1137, type(ex).__name__, ex)
try:
    print(1138, repr('%8F' % (-42,)))
except Exception as ex:
    print(1138, type(ex).__name__, ex)
try:
    print(1139, repr(format(2**40, ' <012s')))
except Exception as ex:
    print(1139, type(ex).__name__, ex)
try:
    print(1140, repr('%.10E' % ('é',)))
except Exception as ex:
    print(1140, type(ex).__name__, ex)
try:
    print(1141, repr('%0.10g' % (1e16,)))
except Exception as ex:
    print(1141, type(ex).__name__, ex)
try:
    print(1142, repr(format(0, '.25')))
except Exception as ex:
    print(1142, type(ex).__name__, ex)
try:
    print(1143, repr('%0.0c' % (-2.5,)))
except Exception as ex:
    print(1143, type(ex).__name__, ex)
try:
    print(1144, repr('%s' % (True,)))
except Exception as ex:
    print(1144, type(ex).__name__, ex)
try:
    print(1145, repr(format(-1e-300, '-#b')))
except Exception as ex:
    print(1145, type(ex).__name__, ex)
try:
    print(1146, repr(format(1e300, '_=#0.17')))
except Exception as ex:
    print(1146, type(ex).__name__, ex)
try:
    print(1147, repr(format(255, '0%')))
except Exception as ex:
    print(1147, type(ex).__name__, ex)
try:
    print(1148, repr(format(-42, '1.10')))
except Exception as ex:
    print(1148, type(ex).__name__, ex)
try:
    print(1149, repr('%-12g' % (float('nan'),)))
except Exception as ex:
    print(1149, type(ex).__name__, ex)
try:
    print(1150, repr('%F' % (False,)))
except Exception as ex:
    print(1150, type(ex).__name__, ex)
try:
    print(1151, repr('%#%' % (float('-inf'),)))
except Exception as ex:
    print(1151, type(ex).__name__, ex)
try:
    print(1152, repr(format(2.675, '2_.3d')))
except Exception as ex:
    print(1152, type(ex).__name__, ex)
try:
    print(1153, repr(format(255, '0< ')))
except Exception as ex:
    print(1153, type(ex).__name__, ex)
try:
    print(1154, repr(format(123456.789, '#8o')))
except Exception as ex:
    print(1154, type(ex).__name__, ex)
try:
    print(1155, repr(format(3.14159, 'x<')))
except Exception as ex:
    print(1155, type(ex).__name__, ex)
try:
    print(1156, repr(format(1, 'd')))
except Exception as ex:
    print(1156, type(ex).__name__, ex)
try:
    print(1157, repr('%3X' % (-9876543,)))
except Exception as ex:
    print(1157, type(ex).__name__, ex)
try:
    print(1158, repr('%d' % (float('inf'),)))
except Exception as ex:
    print(1158, type(ex).__name__, ex)
try:
    print(1159, repr(format(float('nan'), ' #20_.0')))
except Exception as ex:
    print(1159, type(ex).__name__, ex)
try:
    print(1160, repr('%0e' % (3.14159,)))
except Exception as ex:
    print(1160, type(ex).__name__, ex)
try:
    print(1161, repr(format(-0.0, '_^1')))
except Exception as ex:
    print(1161, type(ex).__name__, ex)
try:
    print(1162, repr('%1.1E' % (1e-7,)))
except Exception as ex:
    print(1162, type(ex).__name__, ex)
try:
    print(1163, repr(format(float('-inf'), '^-.6G')))
except Exception as ex:
    print(1163, type(ex).__name__, ex)
try:
    print(1164, repr('%1F' % (-1e-300,)))
except Exception as ex:
    print(1164, type(ex).__name__, ex)
try:
    print(1165, repr('%+8r' % (0,)))
except Exception as ex:
    print(1165, type(ex).__name__, ex)
try:
    print(1166, repr(format(0.125, 'f')))
except Exception as ex:
    print(1166, type(ex).__name__, ex)
try:
    print(1167, repr('%+e' % (9.99,)))
except Exception as ex:
    print(1167, type(ex).__name__, ex)
try:
    print(1168, repr('%1.0F' % (True,)))
except Exception as ex:
    print(1168, type(ex).__name__, ex)
try:
    print(1169, repr('%0.0s' % (1e-7,)))
except Exception as ex:
    print(1169, type(ex).__name__, ex)
try:
    print(1170, repr(format(float('-inf'), '#0')))
except Exception as ex:
    print(1170, type(ex).__name__, ex)
try:
    print(1171, repr('%0g' % (1.5,)))
except Exception as ex:
    print(1171, type(ex).__name__, ex)
try:
    print(1172, repr(format(1, '020b')))
except Exception as ex:
    print(1172, type(ex).__name__, ex)
try:
    print(1173, repr(format(0.5, 'x>2.0s')))
except Exception as ex:
    print(1173, type(ex).__name__, ex)
try:
    print(1174, repr('% 00r' % (1.5,)))
except Exception as ex:
    print(1174, type(ex).__name__, ex)
try:
    print(1175, repr('% #-c' % (0.5,)))
except Exception as ex:
    print(1175, type(ex).__name__, ex)
try:
    print(1176, repr(format(False, '.0n')))
except Exception as ex:
    print(1176, type(ex).__name__, ex)
try:
    print(1177, repr('%.1%' % (-42,)))
except Exception as ex:
    print(1177, type(ex).__name__, ex)
try:
    print(1178, repr(format(-2.5, '-.17')))
except Exception as ex:
    print(1178, type(ex).__name__, ex)
try:
    print(1179, repr(format(0, '#0%')))
except Exception as ex:
    print(1179, type(ex).__name__, ex)
try:
    print(1180, repr('%0 +E' % (1234567,)))
except Exception as ex:
    print(1180, type(ex).__name__, ex)
try:
    print(1181, repr(format(0.0, '00e')))
except Exception as ex:
    print(1181, type(ex).__name__, ex)
try:
    print(1182, repr('%-x' % (1e16,)))
except Exception as ex:
    print(1182, type(ex).__name__, ex)
try:
    print(1183, repr('%12.1r' % (1234567,)))
except Exception as ex:
    print(1183, type(ex).__name__, ex)
try:
    print(1184, repr(format(float('-inf'), ',.2g')))
except Exception as ex:
    print(1184, type(ex).__name__, ex)
try:
    print(1185, repr(format(0.125, '#8G')))
except Exception as ex:
    print(1185, type(ex).__name__, ex)
try:
    print(1186, repr('%.2a' % (1e-7,)))
except Exception as ex:
    print(1186, type(ex).__name__, ex)
try:
    print(1187, repr(format(0.0, 'x< 0_o')))
except Exception as ex:
    print(1187, type(ex).__name__, ex)
try:
    print(1188, repr('%G' % (1234567,)))
except Exception as ex:
    print(1188, type(ex).__name__, ex)
try:
    print(1189, repr('%12.0i' % ('abc',)))
except Exception as ex:
    print(1189, type(ex).__name__, ex)
try:
    print(1190, repr(format(0.5, ' ^,')))
except Exception as ex:
    print(1190, type(ex).__name__, ex)
try:
    print(1191, repr('%.5E' % (1e-7,)))
except Exception as ex:
    print(1191, type(ex).__name__, ex)
try:
    print(1192, repr('%+ -12X' % (float('nan'),)))
except Exception as ex:
    print(1192, type(ex).__name__, ex)
try:
    print(1193, repr(format('abc', ' 1G')))
except Exception as ex:
    print(1193, type(ex).__name__, ex)
try:
    print(1194, repr(format(True, '-,.17')))
except Exception as ex:
    print(1194, type(ex).__name__, ex)
try:
    print(1195, repr('%+0.2g' % (9.99,)))
except Exception as ex:
    print(1195, type(ex).__name__, ex)
