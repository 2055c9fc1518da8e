# str methods with arguments drawn at random (split/rsplit with maxsplit,
# find/index/count with bounds, replace with counts, strip sets, partition,
# padding, zfill, join, splitlines), over ASCII and non-ASCII strings;
# expectations from CPython 3.11.
try:
    print(0, repr(('').zfill(-1)))
except Exception as ex:
    print(0, type(ex).__name__, ex)
try:
    print(1, repr(('a/b/c').center(2, 'ab')))
except Exception as ex:
    print(1, type(ex).__name__, ex)
try:
    print(2, repr(('a,b,,c,').count('é')))
except Exception as ex:
    print(2, type(ex).__name__, ex)
try:
    print(3, repr(('layer_1/w:0').rstrip('zz')))
except Exception as ex:
    print(3, type(ex).__name__, ex)
try:
    print(4, repr(('layer_1/w:0').rpartition(':0')))
except Exception as ex:
    print(4, type(ex).__name__, ex)
try:
    print(5, repr(('ab' * 3).rfind('/', 0)))
except Exception as ex:
    print(5, type(ex).__name__, ex)
try:
    print(6, repr(('layer_1/w:0').splitlines()))
except Exception as ex:
    print(6, type(ex).__name__, ex)
try:
    print(7, repr(('a,b,,c,').count('/', 2)))
except Exception as ex:
    print(7, type(ex).__name__, ex)
try:
    print(8, repr(('//').center(-1)))
except Exception as ex:
    print(8, type(ex).__name__, ex)
try:
    print(9, repr(('abcabc').replace('abc', '/')))
except Exception as ex:
    print(9, type(ex).__name__, ex)
try:
    print(10, repr(('a,b,,c,').rjust(1)))
except Exception as ex:
    print(10, type(ex).__name__, ex)
try:
    print(11, repr(('\tq\n').endswith(('/',))))
except Exception as ex:
    print(11, type(ex).__name__, ex)
try:
    print(12, repr(('héllo wörld').ljust(-3, 'ab')))
except Exception as ex:
    print(12, type(ex).__name__, ex)
try:
    print(13, repr(('abcabc').endswith('zz', None)))
except Exception as ex:
    print(13, type(ex).__name__, ex)
try:
    print(14, repr(('xXx').rstrip()))
except Exception as ex:
    print(14, type(ex).__name__, ex)
try:
    print(15, repr(('//').replace(',', ',', 5)))
except Exception as ex:
    print(15, type(ex).__name__, ex)
try:
    print(16, repr(('').lstrip('b')))
except Exception as ex:
    print(16, type(ex).__name__, ex)
try:
    print(17, repr(('//').ljust(100)))
except Exception as ex:
    print(17, type(ex).__name__, ex)
try:
    print(18, repr(('').ljust(-1, 'é')))
except Exception as ex:
    print(18, type(ex).__name__, ex)
try:
    print(19, repr(('layer_1/w:0').center(-1)))
except Exception as ex:
    print(19, type(ex).__name__, ex)
try:
    print(20, repr(('ab' * 3).zfill(5)))
except Exception as ex:
    print(20, type(ex).__name__, ex)
try:
    print(21, repr(('').rindex(':0', 0, 2)))
except Exception as ex:
    print(21, type(ex).__name__, ex)
try:
    print(22, repr(('xXx').rjust(2)))
except Exception as ex:
    print(22, type(ex).__name__, ex)
try:
    print(23, repr(('xXx').lstrip('é')))
except Exception as ex:
    print(23, type(ex).__name__, ex)
try:
    print(24, repr(('  x y  ').rjust(2)))
except Exception as ex:
    print(24, type(ex).__name__, ex)
try:
    print(25, repr(('xXx').index('  ', 2, 100)))
except Exception as ex:
    print(25, type(ex).__name__, ex)
try:
    print(26, repr(('layer_1/w:0').center(-3, 'ab')))
except Exception as ex:
    print(26, type(ex).__name__, ex)
try:
    print(27, repr(('abcabc').ljust(2, 'é')))
except Exception as ex:
    print(27, type(ex).__name__, ex)
try:
    print(28, repr(('a,b,,c,').lstrip()))
except Exception as ex:
    print(28, type(ex).__name__, ex)
try:
    print(29, repr(('xXx').rjust(2, 'ab')))
except Exception as ex:
    print(29, type(ex).__name__, ex)
try:
    print(30, repr(('layer_1/w:0').replace('', '  ', -3)))
except Exception as ex:
    print(30, type(ex).__name__, ex)
try:
    print(31, repr(('').find('abc', 0, 1)))
except Exception as ex:
    print(31, type(ex).__name__, ex)
try:
    print(32, repr(('a/b/c').split('/')))
except Exception as ex:
    print(32, type(ex).__name__, ex)
try:
    print(33, repr(('  x y  ').replace('b', 'zz')))
except Exception as ex:
    print(33, type(ex).__name__, ex)
try:
    print(34, repr(('').lstrip('b')))
except Exception as ex:
    print(34, type(ex).__name__, ex)
try:
    print(35, repr(('').rindex('  ', -1)))
except Exception as ex:
    print(35, type(ex).__name__, ex)
try:
    print(36, repr(('\tq\n').startswith(('/',), -3, None)))
except Exception as ex:
    print(36, type(ex).__name__, ex)
try:
    print(37, repr(('héllo wörld').center(0, '*')))
except Exception as ex:
    print(37, type(ex).__name__, ex)
try:
    print(38, repr(('  x y  ').rstrip(',')))
except Exception as ex:
    print(38, type(ex).__name__, ex)
try:
    print(39, repr(('abcabc').startswith('abc')))
except Exception as ex:
    print(39, type(ex).__name__, ex)
try:
    print(40, repr(('xXx').count(',', 0, 2)))
except Exception as ex:
    print(40, type(ex).__name__, ex)
try:
    print(41, repr(('layer_1/w:0').rstrip()))
except Exception as ex:
    print(41, type(ex).__name__, ex)
try:
    print(42, repr(('layer_1/w:0').rindex('  ', 100)))
except Exception as ex:
    print(42, type(ex).__name__, ex)
try:
    print(43, repr(('xXx').replace('  ', 'é', 1)))
except Exception as ex:
    print(43, type(ex).__name__, ex)
try:
    print(44, repr(('xXx').splitlines()))
except Exception as ex:
    print(44, type(ex).__name__, ex)
try:
    print(45, repr(('a,b,,c,').zfill(5)))
except Exception as ex:
    print(45, type(ex).__name__, ex)
try:
    print(46, repr(('\tq\n').partition('abc')))
except Exception as ex:
    print(46, type(ex).__name__, ex)
try:
    print(47, repr(('').count('abc')))
except Exception as ex:
    print(47, type(ex).__name__, ex)
try:
    print(48, repr(('a/b/c').find('abc', -1)))
except Exception as ex:
    print(48, type(ex).__name__, ex)
try:
    print(49, repr(('a,b,,c,').zfill(1)))
except Exception as ex:
    print(49, type(ex).__name__, ex)
try:
    print(50, repr(('layer_1/w:0').rjust(-3)))
except Exception as ex:
    print(50, type(ex).__name__, ex)
try:
    print(51, repr(('abcabc').zfill(1)))
except Exception as ex:
    print(51, type(ex).__name__, ex)
try:
    print(52, repr(('ab' * 3).ljust(2)))
except Exception as ex:
    print(52, type(ex).__name__, ex)
try:
    print(53, repr(('abcabc').lstrip()))
except Exception as ex:
    print(53, type(ex).__name__, ex)
try:
    print(54, repr(('abcabc').zfill(-3)))
except Exception as ex:
    print(54, type(ex).__name__, ex)
try:
    print(55, repr(('abcabc').center(5)))
except Exception as ex:
    print(55, type(ex).__name__, ex)
try:
    print(56, repr(('a,b,,c,').endswith('é', 0, 5)))
except Exception as ex:
    print(56, type(ex).__name__, ex)
try:
    print(57, repr(('ab' * 3).rstrip('/')))
except Exception as ex:
    print(57, type(ex).__name__, ex)
try:
    print(58, repr(('').count('zz', -1)))
except Exception as ex:
    print(58, type(ex).__name__, ex)
try:
    print(59, repr(('héllo wörld').partition('abc')))
except Exception as ex:
    print(59, type(ex).__name__, ex)
try:
    print(60, repr(('\tq\n').rfind('  ', 5)))
except Exception as ex:
    print(60, type(ex).__name__, ex)
try:
    print(61, repr(('\tq\n').rjust(100, 'ab')))
except Exception as ex:
    print(61, type(ex).__name__, ex)
try:
    print(62, repr(('abcabc').find('/', 1, -1)))
except Exception as ex:
    print(62, type(ex).__name__, ex)
try:
    print(63, repr(('').rindex(':0', -3, 5)))
except Exception as ex:
    print(63, type(ex).__name__, ex)
try:
    print(64, repr(('ab' * 3).ljust(-1, 'é')))
except Exception as ex:
    print(64, type(ex).__name__, ex)
try:
    print(65, repr(('héllo wörld').rfind(':0', None)))
except Exception as ex:
    print(65, type(ex).__name__, ex)
try:
    print(66, repr(('').zfill(-1)))
except Exception as ex:
    print(66, type(ex).__name__, ex)
try:
    print(67, repr(('layer_1/w:0').partition(',')))
except Exception as ex:
    print(67, type(ex).__name__, ex)
try:
    print(68, repr(('').index('b', 100)))
except Exception as ex:
    print(68, type(ex).__name__, ex)
try:
    print(69, repr(('a/b/c').zfill(-3)))
except Exception as ex:
    print(69, type(ex).__name__, ex)
try:
    print(70, repr(('a/b/c').startswith('abc', 1)))
except Exception as ex:
    print(70, type(ex).__name__, ex)
try:
    print(71, repr(('//').startswith('/')))
except Exception as ex:
    print(71, type(ex).__name__, ex)
try:
    print(72, repr(('  x y  ').split(None, 0)))
except Exception as ex:
    print(72, type(ex).__name__, ex)
try:
    print(73, repr(('a/b/c').partition('/')))
except Exception as ex:
    print(73, type(ex).__name__, ex)
try:
    print(74, repr(('abcabc').replace(',', '', 0)))
except Exception as ex:
    print(74, type(ex).__name__, ex)
try:
    print(75, repr(('//').rindex(':0', -1, 1)))
except Exception as ex:
    print(75, type(ex).__name__, ex)
try:
    print(76, repr(('a,b,,c,').rstrip('  ')))
except Exception as ex:
    print(76, type(ex).__name__, ex)
try:
    print(77, repr(('  x y  ').center(0, '*')))
except Exception as ex:
    print(77, type(ex).__name__, ex)
try:
    print(78, repr(('\tq\n').strip()))
except Exception as ex:
    print(78, type(ex).__name__, ex)
try:
    print(79, repr(('layer_1/w:0').split('zz')))
except Exception as ex:
    print(79, type(ex).__name__, ex)
try:
    print(80, repr(('héllo wörld').rpartition('x')))
except Exception as ex:
    print(80, type(ex).__name__, ex)
try:
    print(81, repr(('a,b,,c,').find('x')))
except Exception as ex:
    print(81, type(ex).__name__, ex)
try:
    print(82, repr(('ab' * 3).rpartition('abc')))
except Exception as ex:
    print(82, type(ex).__name__, ex)
try:
    print(83, repr(('abcabc').join([])))
except Exception as ex:
    print(83, type(ex).__name__, ex)
try:
    print(84, repr(('  x y  ').rindex(':0', -3, 2)))
except Exception as ex:
    print(84, type(ex).__name__, ex)
try:
    print(85, repr(('abcabc').lstrip()))
except Exception as ex:
    print(85, type(ex).__name__, ex)
try:
    print(86, repr(('  x y  ').find('b', 5)))
except Exception as ex:
    print(86, type(ex).__name__, ex)
try:
    print(87, repr(('abcabc').rstrip('/')))
except Exception as ex:
    print(87, type(ex).__name__, ex)
try:
    print(88, repr(('héllo wörld').rindex('zz', -3)))
except Exception as ex:
    print(88, type(ex).__name__, ex)
try:
    print(89, repr(('abcabc').strip()))
except Exception as ex:
    print(89, type(ex).__name__, ex)
try:
    print(90, repr(('xXx').join('xyz')))
except Exception as ex:
    print(90, type(ex).__name__, ex)
try:
    print(91, repr(('abcabc').split()))
except Exception as ex:
    print(91, type(ex).__name__, ex)
try:
    print(92, repr(('a,b,,c,').find('  ', 1)))
except Exception as ex:
    print(92, type(ex).__name__, ex)
try:
    print(93, repr(('a/b/c').split('/', -1)))
except Exception as ex:
    print(93, type(ex).__name__, ex)
try:
    print(94, repr(('héllo wörld').center(100, '*')))
except Exception as ex:
    print(94, type(ex).__name__, ex)
try:
    print(95, repr(('a/b/c').ljust(0, 'ab')))
except Exception as ex:
    print(95, type(ex).__name__, ex)
try:
    print(96, repr(('\tq\n').rindex('')))
except Exception as ex:
    print(96, type(ex).__name__, ex)
try:
    print(97, repr(('').strip('b')))
except Exception as ex:
    print(97, type(ex).__name__, ex)
try:
    print(98, repr(('xXx').join('xyz')))
except Exception as ex:
    print(98, type(ex).__name__, ex)
try:
    print(99, repr(('abcabc').index('/', 5, 2)))
except Exception as ex:
    print(99, type(ex).__name__, ex)
try:
    print(100, repr(('').endswith('  ', -1)))
except Exception as ex:
    print(100, type(ex).__name__, ex)
try:
    print(101, repr(('layer_1/w:0').replace('b', 'é')))
except Exception as ex:
    print(101, type(ex).__name__, ex)
try:
    print(102, repr(('a,b,,c,').rjust(-3, 'é')))
except Exception as ex:
    print(102, type(ex).__name__, ex)
try:
    print(103, repr(('xXx').rpartition(',')))
except Exception as ex:
    print(103, type(ex).__name__, ex)
try:
    print(104, repr(('héllo wörld').rindex('é', 0)))
except Exception as ex:
    print(104, type(ex).__name__, ex)
try:
    print(105, repr(('\tq\n').partition('/')))
except Exception as ex:
    print(105, type(ex).__name__, ex)
try:
    print(106, repr(('héllo wörld').zfill(-3)))
except Exception as ex:
    print(106, type(ex).__name__, ex)
try:
    print(107, repr(('').index('abc', 100)))
except Exception as ex:
    print(107, type(ex).__name__, ex)
try:
    print(108, repr(('ab' * 3).rstrip()))
except Exception as ex:
    print(108, type(ex).__name__, ex)
try:
    print(109, repr(('ab' * 3).find('é')))
except Exception as ex:
    print(109, type(ex).__name__, ex)
try:
    print(110, repr(('layer_1/w:0').rindex('x', None, 2)))
except Exception as ex:
    print(110, type(ex).__name__, ex)
try:
    print(111, repr(('abcabc').strip(None)))
except Exception as ex:
    print(111, type(ex).__name__, ex)
try:
    print(112, repr(('//').replace(',', 'x', -3)))
except Exception as ex:
    print(112, type(ex).__name__, ex)
try:
    print(113, repr(('ab' * 3).splitlines(True)))
except Exception as ex:
    print(113, type(ex).__name__, ex)
try:
    print(114, repr(('layer_1/w:0').find('x', -1, 2)))
except Exception as ex:
    print(114, type(ex).__name__, ex)
try:
    print(115, repr(('  x y  ').endswith('abc', 5, -1)))
except Exception as ex:
    print(115, type(ex).__name__, ex)
try:
    print(116, repr(('//').join(['a', 'b'])))
except Exception as ex:
    print(116, type(ex).__name__, ex)
try:
    print(117, repr(('ab' * 3).ljust(1, '*')))
except Exception as ex:
    print(117, type(ex).__name__, ex)
try:
    print(118, repr(('  x y  ').partition('zz')))
except Exception as ex:
    print(118, type(ex).__name__, ex)
try:
    print(119, repr(('layer_1/w:0').center(5, 'ab')))
except Exception as ex:
    print(119, type(ex).__name__, ex)
try:
    print(120, repr(('héllo wörld').rstrip()))
except Exception as ex:
    print(120, type(ex).__name__, ex)
try:
    print(121, repr(('xXx').rsplit('b', 100)))
except Exception as ex:
    print(121, type(ex).__name__, ex)
try:
    print(122, repr(('  x y  ').splitlines()))
except Exception as ex:
    print(122, type(ex).__name__, ex)
try:
    print(123, repr(('  x y  ').find('zz')))
except Exception as ex:
    print(123, type(ex).__name__, ex)
try:
    print(124, repr(('\tq\n').find(':0', 100)))
except Exception as ex:
    print(124, type(ex).__name__, ex)
try:
    print(125, repr(('a,b,,c,').rstrip()))
except Exception as ex:
    print(125, type(ex).__name__, ex)
try:
    print(126, repr(('héllo wörld').rpartition('zz')))
except Exception as ex:
    print(126, type(ex).__name__, ex)
try:
    print(127, repr(('//').count(',')))
except Exception as ex:
    print(127, type(ex).__name__, ex)
try:
    print(128, repr(('ab' * 3).rjust(0, 'ab')))
except Exception as ex:
    print(128, type(ex).__name__, ex)
try:
    print(129, repr(('  x y  ').startswith(',')))
except Exception as ex:
    print(129, type(ex).__name__, ex)
try:
    print(130, repr(('xXx').split()))
except Exception as ex:
    print(130, type(ex).__name__, ex)
try:
    print(131, repr(('xXx').rpartition('/')))
except Exception as ex:
    print(131, type(ex).__name__, ex)
try:
    print(132, repr(('\tq\n').join([])))
except Exception as ex:
    print(132, type(ex).__name__, ex)
try:
    print(133, repr(('abcabc').rindex('', 2)))
except Exception as ex:
    print(133, type(ex).__name__, ex)
try:
    print(134, repr(('  x y  ').endswith('abc', None, -1)))
except Exception as ex:
    print(134, type(ex).__name__, ex)
try:
    print(135, repr(('xXx').lstrip(',')))
except Exception as ex:
    print(135, type(ex).__name__, ex)
try:
    print(136, repr(('a/b/c').count(',', 2, -3)))
except Exception as ex:
    print(136, type(ex).__name__, ex)
try:
    print(137, repr(('a/b/c').split()))
except Exception as ex:
    print(137, type(ex).__name__, ex)
try:
    print(138, repr(('ab' * 3).split('abc', 5)))
except Exception as ex:
    print(138, type(ex).__name__, ex)
try:
    print(139, repr(('\tq\n').index('  ')))
except Exception as ex:
    print(139, type(ex).__name__, ex)
try:
    print(140, repr(('héllo wörld').zfill(2)))
except Exception as ex:
    print(140, type(ex).__name__, ex)
try:
    print(141, repr(('xXx').lstrip('/')))
except Exception as ex:
    print(141, type(ex).__name__, ex)
try:
    print(142, repr(('a/b/c').rpartition('x')))
except Exception as ex:
    print(142, type(ex).__name__, ex)
try:
    print(143, repr(('  x y  ').rjust(-1, 'ab')))
except Exception as ex:
    print(143, type(ex).__name__, ex)
try:
    print(144, repr(('\tq\n').zfill(0)))
except Exception as ex:
    print(144, type(ex).__name__, ex)
try:
    print(145, repr(('\tq\n').rstrip(':0')))
except Exception as ex:
    print(145, type(ex).__name__, ex)
try:
    print(146, repr(('xXx').split(None)))
except Exception as ex:
    print(146, type(ex).__name__, ex)
try:
    print(147, repr(('ab' * 3).ljust(2)))
except Exception as ex:
    print(147, type(ex).__name__, ex)
try:
    print(148, repr(('ab' * 3).ljust(5, 'ab')))
except Exception as ex:
    print(148, type(ex).__name__, ex)
try:
    print(149, repr(('  x y  ').rindex('zz', 2)))
except Exception as ex:
    print(149, type(ex).__name__, ex)
try:
    print(150, repr(('héllo wörld').ljust(5)))
except Exception as ex:
    print(150, type(ex).__name__, ex)
try:
    print(151, repr(('a,b,,c,').zfill(2)))
except Exception as ex:
    print(151, type(ex).__name__, ex)
try:
    print(152, repr(('héllo wörld').join(('q',))))
except Exception as ex:
    print(152, type(ex).__name__, ex)
try:
    print(153, repr(('abcabc').splitlines(True)))
except Exception as ex:
    print(153, type(ex).__name__, ex)
try:
    print(154, repr(('a,b,,c,').splitlines()))
except Exception as ex:
    print(154, type(ex).__name__, ex)
try:
    print(155, repr(('\tq\n').rstrip('')))
except Exception as ex:
    print(155, type(ex).__name__, ex)
try:
    print(156, repr(('a/b/c').join([])))
except Exception as ex:
    print(156, type(ex).__name__, ex)
try:
    print(157, repr(('  x y  ').partition('')))
except Exception as ex:
    print(157, type(ex).__name__, ex)
try:
    print(158, repr(('//').startswith('', None)))
except Exception as ex:
    print(158, type(ex).__name__, ex)
try:
    print(159, repr(('xXx').rsplit('  ')))
except Exception as ex:
    print(159, type(ex).__name__, ex)
try:
    print(160, repr(('a/b/c').zfill(0)))
except Exception as ex:
    print(160, type(ex).__name__, ex)
try:
    print(161, repr(('héllo wörld').find('é', 0, -1)))
except Exception as ex:
    print(161, type(ex).__name__, ex)
try:
    print(162, repr(('xXx').rindex('b', 100, -3)))
except Exception as ex:
    print(162, type(ex).__name__, ex)
try:
    print(163, repr(('ab' * 3).endswith('  ')))
except Exception as ex:
    print(163, type(ex).__name__, ex)
try:
    print(164, repr(('abcabc').replace('abc', 'b')))
except Exception as ex:
    print(164, type(ex).__name__, ex)
try:
    print(165, repr(('a/b/c').ljust(2, 'ab')))
except Exception as ex:
    print(165, type(ex).__name__, ex)
try:
    print(166, repr(('xXx').rsplit()))
except Exception as ex:
    print(166, type(ex).__name__, ex)
try:
    print(167, repr(('  x y  ').splitlines(False)))
except Exception as ex:
    print(167, type(ex).__name__, ex)
try:
    print(168, repr(('ab' * 3).replace('  ', ',')))
except Exception as ex:
    print(168, type(ex).__name__, ex)
try:
    print(169, repr(('').center(100, 'ab')))
except Exception as ex:
    print(169, type(ex).__name__, ex)
try:
    print(170, repr(('héllo wörld').replace('zz', ':0')))
except Exception as ex:
    print(170, type(ex).__name__, ex)
try:
    print(171, repr(('\tq\n').split(',', -1)))
except Exception as ex:
    print(171, type(ex).__name__, ex)
try:
    print(172, repr(('a,b,,c,').replace(':0', 'b')))
except Exception as ex:
    print(172, type(ex).__name__, ex)
try:
    print(173, repr(('\tq\n').rindex('é', -1, -3)))
except Exception as ex:
    print(173, type(ex).__name__, ex)
try:
    print(174, repr(('//').ljust(1)))
except Exception as ex:
    print(174, type(ex).__name__, ex)
try:
    print(175, repr(('').rpartition('abc')))
except Exception as ex:
    print(175, type(ex).__name__, ex)
try:
    print(177, repr(('\tq\n').endswith('b')))
except Exception as ex:
    print(177, type(ex).__name__, ex)
try:
    print(178, repr(('abcabc').rstrip('é')))
except Exception as ex:
    print(178, type(ex).__name__, ex)
try:
    print(179, repr(('a/b/c').rindex('/')))
except Exception as ex:
    print(179, type(ex).__name__, ex)
try:
    print(180, repr(('ab' * 3).split()))
except Exception as ex:
    print(180, type(ex).__name__, ex)
try:
    print(181, repr(('\tq\n').rsplit('  ')))
except Exception as ex:
    print(181, type(ex).__name__, ex)
try:
    print(182, repr(('ab' * 3).rpartition('abc')))
except Exception as ex:
    print(182, type(ex).__name__, ex)
try:
    print(183, repr(('a/b/c').join(['a', 'b'])))
except Exception as ex:
    print(183, type(ex).__name__, ex)
try:
    print(184, repr(('abcabc').rstrip()))
except Exception as ex:
    print(184, type(ex).__name__, ex)
try:
    print(185, repr(('//').rpartition('')))
except Exception as ex:
    print(185, type(ex).__name__, ex)
try:
    print(186, repr(('abcabc').replace('é', '  ')))
except Exception as ex:
    print(186, type(ex).__name__, ex)
try:
    print(187, repr(('ab' * 3).rstrip()))
except Exception as ex:
    print(187, type(ex).__name__, ex)
try:
    print(188, repr(('//').startswith('é', 1)))
except Exception as ex:
    print(188, type(ex).__name__, ex)
try:
    print(189, repr(('abcabc').find('/')))
except Exception as ex:
    print(189, type(ex).__name__, ex)
try:
    print(190, repr(('layer_1/w:0').center(2, 'ab')))
except Exception as ex:
    print(190, type(ex).__name__, ex)
try:
    print(191, repr(('  x y  ').count('', -1)))
except Exception as ex:
    print(191, type(ex).__name__, ex)
try:
    print(192, repr(('layer_1/w:0').split('')))
except Exception as ex:
    print(192, type(ex).__name__, ex)
try:
    print(193, repr(('\tq\n').rjust(-3)))
except Exception as ex:
    print(193, type(ex).__name__, ex)
try:
    print(194, repr(('a,b,,c,').startswith('b')))
except Exception as ex:
    print(194, type(ex).__name__, ex)
try:
    print(195, repr(('//').splitlines(True)))
except Exception as ex:
    print(195, type(ex).__name__, ex)
try:
    print(196, repr(('layer_1/w:0').rjust(-3)))
except Exception as ex:
    print(196, type(ex).__name__, ex)
try:
    print(197, repr(('').rsplit('b')))
except Exception as ex:
    print(197, type(ex).__name__, ex)
try:
    print(198, repr(('a,b,,c,').find('/')))
except Exception as ex:
    print(198, type(ex).__name__, ex)
try:
    print(199, repr(('//').splitlines()))
except Exception as ex:
    print(199, type(ex).__name__, ex)
try:
    print(200, repr(('  x y  ').count('é', 100, 5)))
except Exception as ex:
    print(200, type(ex).__name__, ex)
try:
    print(201, repr(('\tq\n').startswith(('a', 'x'), 2)))
except Exception as ex:
    print(201, type(ex).__name__, ex)
try:
    print(202, repr(('abcabc').rsplit('zz', 1)))
except Exception as ex:
    print(202, type(ex).__name__, ex)
try:
    print(203, repr(('héllo wörld').partition('x')))
except Exception as ex:
    print(203, type(ex).__name__, ex)
try:
    print(204, repr(('xXx').partition('  ')))
except Exception as ex:
    print(204, type(ex).__name__, ex)
try:
    print(205, repr(('a,b,,c,').find('abc', 1, -3)))
except Exception as ex:
    print(205, type(ex).__name__, ex)
try:
    print(206, repr(('').rfind('/')))
except Exception as ex:
    print(206, type(ex).__name__, ex)
try:
    print(207, repr(('abcabc').partition('/')))
except Exception as ex:
    print(207, type(ex).__name__, ex)
try:
    print(208, repr(('\tq\n').find('é', 5, 1)))
except Exception as ex:
    print(208, type(ex).__name__, ex)
try:
    print(209, repr(('héllo wörld').rsplit()))
except Exception as ex:
    print(209, type(ex).__name__, ex)
try:
    print(210, repr(('xXx').rsplit(None)))
except Exception as ex:
    print(210, type(ex).__name__, ex)
try:
    print(211, repr(('').rstrip('/')))
except Exception as ex:
    print(211, type(ex).__name__, ex)
try:
    print(212, repr(('xXx').startswith('abc')))
except Exception as ex:
    print(212, type(ex).__name__, ex)
try:
    print(213, repr(('héllo wörld').find('/', 100)))
except Exception as ex:
    print(213, type(ex).__name__, ex)
try:
    print(214, repr(('layer_1/w:0').startswith(('/',), -1)))
except Exception as ex:
    print(214, type(ex).__name__, ex)
try:
    print(215, repr(('  x y  ').rstrip()))
except Exception as ex:
    print(215, type(ex).__name__, ex)
try:
    print(216, repr(('\tq\n').endswith(',')))
except Exception as ex:
    print(216, type(ex).__name__, ex)
try:
    print(217, repr(('abcabc').ljust(-1)))
except Exception as ex:
    print(217, type(ex).__name__, ex)
try:
    print(218, repr(('héllo wörld').ljust(-3, 'é')))
except Exception as ex:
    print(218, type(ex).__name__, ex)
try:
    print(219, repr(('a/b/c').index('é', 0, -3)))
except Exception as ex:
    print(219, type(ex).__name__, ex)
try:
    print(220, repr(('').count(',', 5)))
except Exception as ex:
    print(220, type(ex).__name__, ex)
try:
    print(221, repr(('a/b/c').partition('')))
except Exception as ex:
    print(221, type(ex).__name__, ex)
try:
    print(222, repr(('ab' * 3).find('abc')))
except Exception as ex:
    print(222, type(ex).__name__, ex)
try:
    print(223, repr(('\tq\n').rjust(2, 'é')))
except Exception as ex:
    print(223, type(ex).__name__, ex)
try:
    print(224, repr(('héllo wörld').lstrip('x')))
except Exception as ex:
    print(224, type(ex).__name__, ex)
try:
    print(225, repr(('xXx').ljust(-3)))
except Exception as ex:
    print(225, type(ex).__name__, ex)
try:
    print(226, repr(('a/b/c').index('x', 5)))
except Exception as ex:
    print(226, type(ex).__name__, ex)
try:
    print(227, repr(('ab' * 3).find('abc', None)))
except Exception as ex:
    print(227, type(ex).__name__, ex)
try:
    print(228, repr(('//').lstrip('b')))
except Exception as ex:
    print(228, type(ex).__name__, ex)
try:
    print(229, repr(('ab' * 3).rsplit()))
except Exception as ex:
    print(229, type(ex).__name__, ex)
try:
    print(230, repr(('layer_1/w:0').ljust(-3, 'é')))
except Exception as ex:
    print(230, type(ex).__name__, ex)
try:
    print(231, repr(('abcabc').zfill(-1)))
except Exception as ex:
    print(231, type(ex).__name__, ex)
try:
    print(232, repr(('\tq\n').lstrip('abc')))
except Exception as ex:
    print(232, type(ex).__name__, ex)
try:
    print(233, repr(('//').join([1])))
except Exception as ex:
    print(233, type(ex).__name__, ex)
try:
    print(234, repr(('xXx').rindex('')))
except Exception as ex:
    print(234, type(ex).__name__, ex)
try:
    print(235, repr(('  x y  ').replace('', 'b', 1)))
except Exception as ex:
    print(235, type(ex).__name__, ex)
try:
    print(236, repr(('a,b,,c,').join(['a', 'b'])))
except Exception as ex:
    print(236, type(ex).__name__, ex)
try:
    print(237, repr(('xXx').startswith('b', 2, -3)))
except Exception as ex:
    print(237, type(ex).__name__, ex)
try:
    print(238, repr(('a/b/c').splitlines()))
except Exception as ex:
    print(238, type(ex).__name__, ex)
try:
    print(239, repr(('a/b/c').count('', 100, 0)))
except Exception as ex:
    print(239, type(ex).__name__, ex)
try:
    print(240, repr(('ab' * 3).lstrip('abc')))
except Exception as ex:
    print(240, type(ex).__name__, ex)
try:
    print(241, repr(('abcabc').count('é', 2, 100)))
except Exception as ex:
    print(241, type(ex).__name__, ex)
try:
    print(242, repr(('//').lstrip()))
except Exception as ex:
    print(242, type(ex).__name__, ex)
try:
    print(243, repr(('//').find(',', 2)))
except Exception as ex:
    print(243, type(ex).__name__, ex)
try:
    print(244, repr(('layer_1/w:0').rjust(-3, 'é')))
except Exception as ex:
    print(244, type(ex).__name__, ex)
try:
    print(245, repr(('a/b/c').rstrip('/')))
except Exception as ex:
    print(245, type(ex).__name__, ex)
try:
    print(246, repr(('héllo wörld').rpartition(':0')))
except Exception as ex:
    print(246, type(ex).__name__, ex)
try:
    print(247, repr(('  x y  ').splitlines()))
except Exception as ex:
    print(247, type(ex).__name__, ex)
try:
    print(248, repr(('xXx').rfind('  ', 5)))
except Exception as ex:
    print(248, type(ex).__name__, ex)
try:
    print(249, repr(('xXx').splitlines(False)))
except Exception as ex:
    print(249, type(ex).__name__, ex)
try:
    print(250, repr(('xXx').ljust(-3, 'ab')))
except Exception as ex:
    print(250, type(ex).__name__, ex)
try:
    print(251, repr(('ab' * 3).endswith('abc', -1)))
except Exception as ex:
    print(251, type(ex).__name__, ex)
try:
    print(252, repr(('xXx').rpartition('  ')))
except Exception as ex:
    print(252, type(ex).__name__, ex)
try:
    print(253, repr(('').startswith('/', 100, 0)))
except Exception as ex:
    print(253, type(ex).__name__, ex)
try:
    print(254, repr(('héllo wörld').partition('abc')))
except Exception as ex:
    print(254, type(ex).__name__, ex)
try:
    print(255, repr(('\tq\n').split()))
except Exception as ex:
    print(255, type(ex).__name__, ex)
try:
    print(256, repr(('a/b/c').split('abc')))
except Exception as ex:
    print(256, type(ex).__name__, ex)
try:
    print(257, repr(('//').startswith(('a', 'x'), None)))
except Exception as ex:
    print(257, type(ex).__name__, ex)
try:
    print(258, repr(('héllo wörld').rstrip('b')))
except Exception as ex:
    print(258, type(ex).__name__, ex)
try:
    print(259, repr(('//').lstrip()))
except Exception as ex:
    print(259, type(ex).__name__, ex)
try:
    print(260, repr(('a,b,,c,').index('')))
except Exception as ex:
    print(260, type(ex).__name__, ex)
try:
    print(261, repr(('  x y  ').lstrip()))
except Exception as ex:
    print(261, type(ex).__name__, ex)
try:
    print(262, repr(('ab' * 3).endswith('abc', -3)))
except Exception as ex:
    print(262, type(ex).__name__, ex)
try:
    print(263, repr(('a,b,,c,').startswith('x', None)))
except Exception as ex:
    print(263, type(ex).__name__, ex)
try:
    print(264, repr(('abcabc').center(5, 'é')))
except Exception as ex:
    print(264, type(ex).__name__, ex)
try:
    print(265, repr(('a/b/c').find(':0')))
except Exception as ex:
    print(265, type(ex).__name__, ex)
try:
    print(266, repr(('').replace('/', 'b', -1)))
except Exception as ex:
    print(266, type(ex).__name__, ex)
try:
    print(267, repr(('').center(2)))
except Exception as ex:
    print(267, type(ex).__name__, ex)
try:
    print(268, repr(('\tq\n').rindex('b')))
except Exception as ex:
    print(268, type(ex).__name__, ex)
try:
    print(269, repr(('a,b,,c,').join([1])))
except Exception as ex:
    print(269, type(ex).__name__, ex)
try:
    print(270, repr(('abcabc').rjust(-1, '*')))
except Exception as ex:
    print(270, type(ex).__name__, ex)
try:
    print(271, repr(('\tq\n').rfind('  ', 100, 1)))
except Exception as ex:
    print(271, type(ex).__name__, ex)
try:
    print(272, repr(('  x y  ').startswith('é')))
except Exception as ex:
    print(272, type(ex).__name__, ex)
try:
    print(273, repr(('layer_1/w:0').count('b', 100, 1)))
except Exception as ex:
    print(273, type(ex).__name__, ex)
try:
    print(274, repr(('\tq\n').rpartition('  ')))
except Exception as ex:
    print(274, type(ex).__name__, ex)
try:
    print(275, repr(('//').rstrip()))
except Exception as ex:
    print(275, type(ex).__name__, ex)
try:
    print(276, repr(('ab' * 3).center(1)))
except Exception as ex:
    print(276, type(ex).__name__, ex)
try:
    print(277, repr(('a,b,,c,').join('xyz')))
except Exception as ex:
    print(277, type(ex).__name__, ex)
try:
    print(278, repr(('xXx').startswith(('/',), -3)))
except Exception as ex:
    print(278, type(ex).__name__, ex)
try:
    print(279, repr(('//').splitlines()))
except Exception as ex:
    print(279, type(ex).__name__, ex)
try:
    print(280, repr(('ab' * 3).strip('b')))
except Exception as ex:
    print(280, type(ex).__name__, ex)
try:
    print(281, repr(('layer_1/w:0').lstrip('/')))
except Exception as ex:
    print(281, type(ex).__name__, ex)
try:
    print(282, repr(('xXx').splitlines(False)))
except Exception as ex:
    print(282, type(ex).__name__, ex)
try:
    print(283, repr(('a/b/c').replace('abc', 'abc', 5)))
except Exception as ex:
    print(283, type(ex).__name__, ex)
try:
    print(284, repr(('abcabc').partition('')))
except Exception as ex:
    print(284, type(ex).__name__, ex)
try:
    print(285, repr(('  x y  ').count('  ', 0)))
except Exception as ex:
    print(285, type(ex).__name__, ex)
try:
    print(286, repr(('xXx').join(('q',))))
except Exception as ex:
    print(286, type(ex).__name__, ex)
try:
    print(287, repr(('  x y  ').startswith(('/',), -3)))
except Exception as ex:
    print(287, type(ex).__name__, ex)
try:
    print(288, repr(('  x y  ').center(2)))
except Exception as ex:
    print(288, type(ex).__name__, ex)
try:
    print(289, repr(('héllo wörld').join('xyz')))
except Exception as ex:
    print(289, type(ex).__name__, ex)
try:
    print(290, repr(('héllo wörld').rindex('', None, -1)))
except Exception as ex:
    print(290, type(ex).__name__, ex)
try:
    print(291, repr(('layer_1/w:0').ljust(-3, 'ab')))
except Exception as ex:
    print(291, type(ex).__name__, ex)
try:
    print(292, repr(('').splitlines()))
except Exception as ex:
    print(292, type(ex).__name__, ex)
try:
    print(293, repr(('héllo wörld').join(('q',))))
except Exception as ex:
    print(293, type(ex).__name__, ex)
try:
    print(294, repr(('héllo wörld').rfind('')))
except Exception as ex:
    print(294, type(ex).__name__, ex)
try:
    print(296, repr(('layer_1/w:0').zfill(5)))
except Exception as ex:
    print(296, type(ex).__name__, ex)
try:
    print(297, repr(('a/b/c').replace(':0', '  ', -3)))
except Exception as ex:
    print(297, type(ex).__name__, ex)
try:
    print(298, repr(('\tq\n').endswith('x', 0)))
except Exception as ex:
    print(298, type(ex).__name__, ex)
try:
    print(299, repr(('layer_1/w:0').endswith(':0', 1, 2)))
except Exception as ex:
    print(299, type(ex).__name__, ex)
try:
    print(300, repr(('  x y  ').splitlines(False)))
except Exception as ex:
    print(300, type(ex).__name__, ex)
try:
    print(301, repr(('ab' * 3).ljust(0, '*')))
except Exception as ex:
    print(301, type(ex).__name__, ex)
try:
    print(302, repr(('héllo wörld').lstrip()))
except Exception as ex:
    print(302, type(ex).__name__, ex)
try:
    print(303, repr(('a/b/c').startswith(('a', 'x'))))
except Exception as ex:
    print(303, type(ex).__name__, ex)
try:
    print(304, repr(('ab' * 3).rsplit('b')))
except Exception as ex:
    print(304, type(ex).__name__, ex)
try:
    print(305, repr(('a/b/c').rfind('x', 2)))
except Exception as ex:
    print(305, type(ex).__name__, ex)
try:
    print(306, repr(('  x y  ').ljust(-1)))
except Exception as ex:
    print(306, type(ex).__name__, ex)
try:
    print(307, repr(('layer_1/w:0').find(',')))
except Exception as ex:
    print(307, type(ex).__name__, ex)
try:
    print(308, repr(('héllo wörld').splitlines()))
except Exception as ex:
    print(308, type(ex).__name__, ex)
try:
    print(309, repr(('a/b/c').strip('/')))
except Exception as ex:
    print(309, type(ex).__name__, ex)
try:
    print(310, repr(('xXx').strip()))
except Exception as ex:
    print(310, type(ex).__name__, ex)
try:
    print(311, repr(('héllo wörld').splitlines()))
except Exception as ex:
    print(311, type(ex).__name__, ex)
try:
    print(312, repr(('ab' * 3).startswith('b', None)))
except Exception as ex:
    print(312, type(ex).__name__, ex)
try:
    print(313, repr(('ab' * 3).partition('abc')))
except Exception as ex:
    print(313, type(ex).__name__, ex)
try:
    print(314, repr(('abcabc').splitlines(True)))
except Exception as ex:
    print(314, type(ex).__name__, ex)
try:
    print(315, repr(('layer_1/w:0').join('xyz')))
except Exception as ex:
    print(315, type(ex).__name__, ex)
try:
    print(316, repr(('abcabc').count('abc', 0)))
except Exception as ex:
    print(316, type(ex).__name__, ex)
try:
    print(317, repr(('  x y  ').rjust(-3, 'é')))
except Exception as ex:
    print(317, type(ex).__name__, ex)
try:
    print(318, repr(('//').index('b', 5)))
except Exception as ex:
    print(318, type(ex).__name__, ex)
try:
    print(319, repr(('a/b/c').splitlines(True)))
except Exception as ex:
    print(319, type(ex).__name__, ex)
try:
    print(320, repr(('ab' * 3).endswith(('a', 'x'), -1)))
except Exception as ex:
    print(320, type(ex).__name__, ex)
try:
    print(321, repr(('').find('', 2, None)))
except Exception as ex:
    print(321, type(ex).__name__, ex)
try:
    print(322, repr(('héllo wörld').lstrip('')))
except Exception as ex:
    print(322, type(ex).__name__, ex)
try:
    print(323, repr(('').rstrip(',')))
except Exception as ex:
    print(323, type(ex).__name__, ex)
try:
    print(324, repr(('a/b/c').join([])))
except Exception as ex:
    print(324, type(ex).__name__, ex)
try:
    print(325, repr(('  x y  ').splitlines()))
except Exception as ex:
    print(325, type(ex).__name__, ex)
try:
    print(326, repr(('xXx').split('', 2)))
except Exception as ex:
    print(326, type(ex).__name__, ex)
try:
    print(327, repr(('xXx').rfind('/', 100)))
except Exception as ex:
    print(327, type(ex).__name__, ex)
try:
    print(328, repr(('ab' * 3).partition('x')))
except Exception as ex:
    print(328, type(ex).__name__, ex)
try:
    print(329, repr(('a,b,,c,').rstrip('/')))
except Exception as ex:
    print(329, type(ex).__name__, ex)
try:
    print(330, repr(('a/b/c').center(5)))
except Exception as ex:
    print(330, type(ex).__name__, ex)
try:
    print(331, repr(('layer_1/w:0').rsplit()))
except Exception as ex:
    print(331, type(ex).__name__, ex)
try:
    print(332, repr(('ab' * 3).index('  ', 5, -3)))
except Exception as ex:
    print(332, type(ex).__name__, ex)
try:
    print(333, repr(('ab' * 3).splitlines(False)))
except Exception as ex:
    print(333, type(ex).__name__, ex)
try:
    print(334, repr(('abcabc').join(['a', 'b'])))
except Exception as ex:
    print(334, type(ex).__name__, ex)
try:
    print(335, repr(('xXx').lstrip()))
except Exception as ex:
    print(335, type(ex).__name__, ex)
try:
    print(336, repr(('a/b/c').rsplit('x', 2)))
except Exception as ex:
    print(336, type(ex).__name__, ex)
try:
    print(337, repr(('héllo wörld').startswith(('a', 'x'), 0, 100)))
except Exception as ex:
    print(337, type(ex).__name__, ex)
try:
    print(338, repr(('a,b,,c,').rstrip('abc')))
except Exception as ex:
    print(338, type(ex).__name__, ex)
try:
    print(339, repr(('héllo wörld').rpartition('zz')))
except Exception as ex:
    print(339, type(ex).__name__, ex)
try:
    print(340, repr(('xXx').index('x')))
except Exception as ex:
    print(340, type(ex).__name__, ex)
try:
    print(341, repr(('\tq\n').rfind('', None, 5)))
except Exception as ex:
    print(341, type(ex).__name__, ex)
try:
    print(342, repr(('a/b/c').zfill(2)))
except Exception as ex:
    print(342, type(ex).__name__, ex)
try:
    print(343, repr(('abcabc').rstrip()))
except Exception as ex:
    print(343, type(ex).__name__, ex)
try:
    print(345, repr(('héllo wörld').strip()))
except Exception as ex:
    print(345, type(ex).__name__, ex)
try:
    print(346, repr(('\tq\n').rpartition('x')))
except Exception as ex:
    print(346, type(ex).__name__, ex)
try:
    print(347, repr(('//').splitlines()))
except Exception as ex:
    print(347, type(ex).__name__, ex)
try:
    print(348, repr(('a,b,,c,').rpartition('  ')))
except Exception as ex:
    print(348, type(ex).__name__, ex)
try:
    print(349, repr(('a/b/c').zfill(-1)))
except Exception as ex:
    print(349, type(ex).__name__, ex)
try:
    print(350, repr(('').index(',')))
except Exception as ex:
    print(350, type(ex).__name__, ex)
try:
    print(351, repr(('a,b,,c,').rfind('b')))
except Exception as ex:
    print(351, type(ex).__name__, ex)
try:
    print(352, repr(('').rpartition('  ')))
except Exception as ex:
    print(352, type(ex).__name__, ex)
try:
    print(353, repr(('  x y  ').index('  ')))
except Exception as ex:
    print(353, type(ex).__name__, ex)
try:
    print(354, repr(('a/b/c').startswith('é')))
except Exception as ex:
    print(354, type(ex).__name__, ex)
try:
    print(355, repr(('a,b,,c,').splitlines()))
except Exception as ex:
    print(355, type(ex).__name__, ex)
try:
    print(356, repr(('xXx').rstrip()))
except Exception as ex:
    print(356, type(ex).__name__, ex)
try:
    print(357, repr(('xXx').replace('', '')))
except Exception as ex:
    print(357, type(ex).__name__, ex)
try:
    print(359, repr(('xXx').rindex(',')))
except Exception as ex:
    print(359, type(ex).__name__, ex)
try:
    print(360, repr(('ab' * 3).split(':0', 2)))
except Exception as ex:
    print(360, type(ex).__name__, ex)
try:
    print(361, repr(('abcabc').rsplit(':0', 5)))
except Exception as ex:
    print(361, type(ex).__name__, ex)
try:
    print(362, repr(('xXx').join('xyz')))
except Exception as ex:
    print(362, type(ex).__name__, ex)
try:
    print(363, repr(('a,b,,c,').rpartition('zz')))
except Exception as ex:
    print(363, type(ex).__name__, ex)
try:
    print(364, repr(('\tq\n').rsplit('b')))
except Exception as ex:
    print(364, type(ex).__name__, ex)
try:
    print(365, repr(('xXx').rfind('é', 0, 2)))
except Exception as ex:
    print(365, type(ex).__name__, ex)
try:
    print(366, repr(('layer_1/w:0').split('é')))
except Exception as ex:
    print(366, type(ex).__name__, ex)
try:
    print(367, repr(('  x y  ').partition('zz')))
except Exception as ex:
    print(367, type(ex).__name__, ex)
try:
    print(368, repr(('').rjust(100, 'ab')))
except Exception as ex:
    print(368, type(ex).__name__, ex)
try:
    print(369, repr(('\tq\n').rpartition('  ')))
except Exception as ex:
    print(369, type(ex).__name__, ex)
try:
    print(370, repr(('').rstrip(':0')))
except Exception as ex:
    print(370, type(ex).__name__, ex)
try:
    print(371, repr(('//').startswith('', -3)))
except Exception as ex:
    print(371, type(ex).__name__, ex)
try:
    print(372, repr(('ab' * 3).startswith(('/',))))
except Exception as ex:
    print(372, type(ex).__name__, ex)
try:
    print(373, repr(('ab' * 3).find('x', 5, -1)))
except Exception as ex:
    print(373, type(ex).__name__, ex)
try:
    print(374, repr(('  x y  ').startswith('x', 100)))
except Exception as ex:
    print(374, type(ex).__name__, ex)
try:
    print(375, repr(('  x y  ').zfill(0)))
except Exception as ex:
    print(375, type(ex).__name__, ex)
try:
    print(376, repr(('').index(':0', 2)))
except Exception as ex:
    print(376, type(ex).__name__, ex)
try:
    print(377, repr(('a/b/c').zfill(-3)))
except Exception as ex:
    print(377, type(ex).__name__, ex)
try:
    print(378, repr(('a,b,,c,').replace('', '  ', 2)))
except Exception as ex:
    print(378, type(ex).__name__, ex)
try:
    print(379, repr(('a,b,,c,').count('b')))
except Exception as ex:
    print(379, type(ex).__name__, ex)
try:
    print(380, repr(('').rsplit()))
except Exception as ex:
    print(380, type(ex).__name__, ex)
try:
    print(381, repr(('a,b,,c,').rstrip(None)))
except Exception as ex:
    print(381, type(ex).__name__, ex)
try:
    print(382, repr(('').zfill(5)))
except Exception as ex:
    print(382, type(ex).__name__, ex)
try:
    print(383, repr(('xXx').rjust(1)))
except Exception as ex:
    print(383, type(ex).__name__, ex)
try:
    print(384, repr(('a,b,,c,').index(':0', 100)))
except Exception as ex:
    print(384, type(ex).__name__, ex)
try:
    print(385, repr(('héllo wörld').rindex('abc')))
except Exception as ex:
    print(385, type(ex).__name__, ex)
try:
    print(386, repr(('').lstrip('  ')))
except Exception as ex:
    print(386, type(ex).__name__, ex)
try:
    print(387, repr(('  x y  ').find('abc', 2, None)))
except Exception as ex:
    print(387, type(ex).__name__, ex)
try:
    print(388, repr(('layer_1/w:0').endswith('zz', 1, 5)))
except Exception as ex:
    print(388, type(ex).__name__, ex)
try:
    print(389, repr(('//').startswith('/', 0, 5)))
except Exception as ex:
    print(389, type(ex).__name__, ex)
try:
    print(390, repr(('').index('b', 1, 100)))
except Exception as ex:
    print(390, type(ex).__name__, ex)
try:
    print(391, repr(('\tq\n').zfill(5)))
except Exception as ex:
    print(391, type(ex).__name__, ex)
try:
    print(392, repr(('abcabc').ljust(0, 'ab')))
except Exception as ex:
    print(392, type(ex).__name__, ex)
try:
    print(393, repr(('abcabc').rstrip()))
except Exception as ex:
    print(393, type(ex).__name__, ex)
try:
    print(394, repr(('ab' * 3).startswith('/', 1, 2)))
except Exception as ex:
    print(394, type(ex).__name__, ex)
try:
    print(395, repr(('ab' * 3).rstrip('  ')))
except Exception as ex:
    print(395, type(ex).__name__, ex)
try:
    print(396, repr(('ab' * 3).replace('/', '')))
except Exception as ex:
    print(396, type(ex).__name__, ex)
try:
    print(397, repr(('\tq\n').rjust(100)))
except Exception as ex:
    print(397, type(ex).__name__, ex)
try:
    print(398, repr(('a,b,,c,').startswith(',', 100, -3)))
except Exception as ex:
    print(398, type(ex).__name__, ex)
try:
    print(399, repr(('//').rfind('', -1, 0)))
except Exception as ex:
    print(399, type(ex).__name__, ex)
try:
    print(400, repr(('//').rsplit(':0')))
except Exception as ex:
    print(400, type(ex).__name__, ex)
try:
    print(401, repr(('a,b,,c,').rjust(1, '*')))
except Exception as ex:
    print(401, type(ex).__name__, ex)
try:
    print(402, repr(('a/b/c').rsplit('é')))
except Exception as ex:
    print(402, type(ex).__name__, ex)
try:
    print(403, repr(('abcabc').rindex('  ', 2, 100)))
except Exception as ex:
    print(403, type(ex).__name__, ex)
try:
    print(404, repr(('xXx').lstrip()))
except Exception as ex:
    print(404, type(ex).__name__, ex)
try:
    print(405, repr(('abcabc').lstrip()))
except Exception as ex:
    print(405, type(ex).__name__, ex)
try:
    print(406, repr(('héllo wörld').rsplit('/')))
except Exception as ex:
    print(406, type(ex).__name__, ex)
try:
    print(407, repr(('ab' * 3).rindex('abc')))
except Exception as ex:
    print(407, type(ex).__name__, ex)
try:
    print(408, repr(('//').rsplit('  ', 0)))
except Exception as ex:
    print(408, type(ex).__name__, ex)
try:
    print(409, repr(('ab' * 3).rstrip()))
except Exception as ex:
    print(409, type(ex).__name__, ex)
try:
    print(410, repr(('a,b,,c,').ljust(2, 'é')))
except Exception as ex:
    print(410, type(ex).__name__, ex)
try:
    print(411, repr(('héllo wörld').center(-3)))
except Exception as ex:
    print(411, type(ex).__name__, ex)
try:
    print(412, repr(('//').split('abc')))
except Exception as ex:
    print(412, type(ex).__name__, ex)
try:
    print(413, repr(('ab' * 3).strip()))
except Exception as ex:
    print(413, type(ex).__name__, ex)
try:
    print(414, repr(('ab' * 3).zfill(0)))
except Exception as ex:
    print(414, type(ex).__name__, ex)
try:
    print(415, repr(('ab' * 3).lstrip(',')))
except Exception as ex:
    print(415, type(ex).__name__, ex)
try:
    print(416, repr(('xXx').split('zz', 0)))
except Exception as ex:
    print(416, type(ex).__name__, ex)
try:
    print(417, repr(('layer_1/w:0').zfill(0)))
except Exception as ex:
    print(417, type(ex).__name__, ex)
try:
    print(418, repr(('héllo wörld').strip('  ')))
except Exception as ex:
    print(418, type(ex).__name__, ex)
try:
    print(419, repr(('layer_1/w:0').splitlines(True)))
except Exception as ex:
    print(419, type(ex).__name__, ex)
try:
    print(420, repr(('//').splitlines()))
except Exception as ex:
    print(420, type(ex).__name__, ex)
try:
    print(421, repr(('xXx').rpartition('  ')))
except Exception as ex:
    print(421, type(ex).__name__, ex)
try:
    print(422, repr(('xXx').split()))
except Exception as ex:
    print(422, type(ex).__name__, ex)
try:
    print(423, repr(('héllo wörld').lstrip()))
except Exception as ex:
    print(423, type(ex).__name__, ex)
try:
    print(424, repr(('').zfill(-3)))
except Exception as ex:
    print(424, type(ex).__name__, ex)
try:
    print(425, repr(('a/b/c').rstrip('  ')))
except Exception as ex:
    print(425, type(ex).__name__, ex)
try:
    print(426, repr(('a,b,,c,').lstrip('abc')))
except Exception as ex:
    print(426, type(ex).__name__, ex)
try:
    print(427, repr(('ab' * 3).lstrip()))
except Exception as ex:
    print(427, type(ex).__name__, ex)
try:
    print(428, repr(('a/b/c').splitlines()))
except Exception as ex:
    print(428, type(ex).__name__, ex)
try:
    print(429, repr(('  x y  ').rstrip('zz')))
except Exception as ex:
    print(429, type(ex).__name__, ex)
try:
    print(430, repr(('ab' * 3).find('')))
except Exception as ex:
    print(430, type(ex).__name__, ex)
try:
    print(431, repr(('  x y  ').partition('')))
except Exception as ex:
    print(431, type(ex).__name__, ex)
try:
    print(432, repr(('  x y  ').rjust(1, '*')))
except Exception as ex:
    print(432, type(ex).__name__, ex)
try:
    print(433, repr(('a/b/c').startswith('é', 0, -3)))
except Exception as ex:
    print(433, type(ex).__name__, ex)
try:
    print(434, repr(('abcabc').rjust(-3)))
except Exception as ex:
    print(434, type(ex).__name__, ex)
try:
    print(435, repr(('héllo wörld').strip('  ')))
except Exception as ex:
    print(435, type(ex).__name__, ex)
try:
    print(436, repr(('').rsplit('x')))
except Exception as ex:
    print(436, type(ex).__name__, ex)
try:
    print(437, repr(('layer_1/w:0').split(',')))
except Exception as ex:
    print(437, type(ex).__name__, ex)
try:
    print(438, repr(('').rjust(5)))
except Exception as ex:
    print(438, type(ex).__name__, ex)
try:
    print(439, repr(('ab' * 3).splitlines(True)))
except Exception as ex:
    print(439, type(ex).__name__, ex)
try:
    print(441, repr(('').zfill(5)))
except Exception as ex:
    print(441, type(ex).__name__, ex)
try:
    print(442, repr(('  x y  ').rpartition('/')))
except Exception as ex:
    print(442, type(ex).__name__, ex)
try:
    print(443, repr(('héllo wörld').rpartition('zz')))
except Exception as ex:
    print(443, type(ex).__name__, ex)
try:
    print(444, repr(('héllo wörld').replace('/', '/', 2)))
except Exception as ex:
    print(444, type(ex).__name__, ex)
try:
    print(445, repr(('layer_1/w:0').rindex('  ', 0)))
except Exception as ex:
    print(445, type(ex).__name__, ex)
try:
    print(447, repr(('').rsplit(':0', 1)))
except Exception as ex:
    print(447, type(ex).__name__, ex)
try:
    print(448, repr(('//').endswith('é')))
except Exception as ex:
    print(448, type(ex).__name__, ex)
try:
    print(449, repr(('xXx').lstrip(',')))
except Exception as ex:
    print(449, type(ex).__name__, ex)
try:
    print(450, repr(('\tq\n').find('zz')))
except Exception as ex:
    print(450, type(ex).__name__, ex)
try:
    print(451, repr(('').count('zz', -3, 100)))
except Exception as ex:
    print(451, type(ex).__name__, ex)
try:
    print(452, repr(('ab' * 3).center(0, 'é')))
except Exception as ex:
    print(452, type(ex).__name__, ex)
try:
    print(453, repr(('layer_1/w:0').rfind('zz', 100, 5)))
except Exception as ex:
    print(453, type(ex).__name__, ex)
try:
    print(454, repr(('héllo wörld').find(',', 2, None)))
except Exception as ex:
    print(454, type(ex).__name__, ex)
try:
    print(455, repr(('ab' * 3).zfill(-3)))
except Exception as ex:
    print(455, type(ex).__name__, ex)
try:
    print(456, repr(('\tq\n').zfill(-3)))
except Exception as ex:
    print(456, type(ex).__name__, ex)
try:
    print(457, repr(('//').rindex('  ', -3)))
except Exception as ex:
    print(457, type(ex).__name__, ex)
try:
    print(458, repr(('ab' * 3).rstrip('abc')))
except Exception as ex:
    print(458, type(ex).__name__, ex)
try:
    print(459, repr(('  x y  ').split('/', 100)))
except Exception as ex:
    print(459, type(ex).__name__, ex)
try:
    print(460, repr(('//').rpartition(':0')))
except Exception as ex:
    print(460, type(ex).__name__, ex)
try:
    print(461, repr(('xXx').rpartition('é')))
except Exception as ex:
    print(461, type(ex).__name__, ex)
try:
    print(462, repr(('héllo wörld').splitlines()))
except Exception as ex:
    print(462, type(ex).__name__, ex)
try:
    print(463, repr(('a,b,,c,').partition('b')))
except Exception as ex:
    print(463, type(ex).__name__, ex)
try:
    print(464, repr(('héllo wörld').split('  ')))
except Exception as ex:
    print(464, type(ex).__name__, ex)
try:
    print(465, repr(('layer_1/w:0').endswith('/', 5)))
except Exception as ex:
    print(465, type(ex).__name__, ex)
try:
    print(466, repr(('héllo wörld').endswith('/', 2, 1)))
except Exception as ex:
    print(466, type(ex).__name__, ex)
try:
    print(467, repr(('héllo wörld').rfind('b', -1, -3)))
except Exception as ex:
    print(467, type(ex).__name__, ex)
try:
    print(468, repr(('a,b,,c,').join('xyz')))
except Exception as ex:
    print(468, type(ex).__name__, ex)
try:
    print(469, repr(('layer_1/w:0').splitlines()))
except Exception as ex:
    print(469, type(ex).__name__, ex)
try:
    print(470, repr(('xXx').zfill(-1)))
except Exception as ex:
    print(470, type(ex).__name__, ex)
try:
    print(471, repr(('  x y  ').rstrip('  ')))
except Exception as ex:
    print(471, type(ex).__name__, ex)
try:
    print(472, repr(('//').find(',')))
except Exception as ex:
    print(472, type(ex).__name__, ex)
try:
    print(473, repr(('abcabc').join([1])))
except Exception as ex:
    print(473, type(ex).__name__, ex)
try:
    print(474, repr(('abcabc').splitlines()))
except Exception as ex:
    print(474, type(ex).__name__, ex)
try:
    print(475, repr(('abcabc').rstrip(':0')))
except Exception as ex:
    print(475, type(ex).__name__, ex)
try:
    print(476, repr(('ab' * 3).index('abc', 5, 0)))
except Exception as ex:
    print(476, type(ex).__name__, ex)
try:
    print(477, repr(('\tq\n').endswith('é', -1)))
except Exception as ex:
    print(477, type(ex).__name__, ex)
try:
    print(478, repr(('\tq\n').index('x')))
except Exception as ex:
    print(478, type(ex).__name__, ex)
try:
    print(479, repr(('a,b,,c,').rjust(100, 'ab')))
except Exception as ex:
    print(479, type(ex).__name__, ex)
try:
    print(480, repr(('//').strip()))
except Exception as ex:
    print(480, type(ex).__name__, ex)
try:
    print(481, repr(('ab' * 3).splitlines(False)))
except Exception as ex:
    print(481, type(ex).__name__, ex)
try:
    print(482, repr(('a,b,,c,').split('b')))
except Exception as ex:
    print(482, type(ex).__name__, ex)
try:
    print(483, repr(('\tq\n').center(-3)))
except Exception as ex:
    print(483, type(ex).__name__, ex)
try:
    print(484, repr(('abcabc').join(('q',))))
except Exception as ex:
    print(484, type(ex).__name__, ex)
try:
    print(486, repr(('ab' * 3).ljust(1)))
except Exception as ex:
    print(486, type(ex).__name__, ex)
try:
    print(487, repr(('  x y  ').rsplit()))
except Exception as ex:
    print(487, type(ex).__name__, ex)
try:
    print(488, repr(('abcabc').split('/', 2)))
except Exception as ex:
    print(488, type(ex).__name__, ex)
try:
    print(489, repr(('layer_1/w:0').find('/')))
except Exception as ex:
    print(489, type(ex).__name__, ex)
try:
    print(490, repr(('layer_1/w:0').rjust(-1, '*')))
except Exception as ex:
    print(490, type(ex).__name__, ex)
try:
    print(491, repr(('ab' * 3).split(':0', 2)))
except Exception as ex:
    print(491, type(ex).__name__, ex)
try:
    print(492, repr(('abcabc').startswith('zz', -3)))
except Exception as ex:
    print(492, type(ex).__name__, ex)
try:
    print(493, repr(('abcabc').rindex(',')))
except Exception as ex:
    print(493, type(ex).__name__, ex)
try:
    print(494, repr(('layer_1/w:0').replace('é', '/', -1)))
except Exception as ex:
    print(494, type(ex).__name__, ex)
try:
    print(495, repr(('héllo wörld').partition('/')))
except Exception as ex:
    print(495, type(ex).__name__, ex)
try:
    print(496, repr(('ab' * 3).rindex('b', -1, 2)))
except Exception as ex:
    print(496, type(ex).__name__, ex)
try:
    print(497, repr(('abcabc').rindex('b', 0)))
except Exception as ex:
    print(497, type(ex).__name__, ex)
try:
    print(498, repr(('héllo wörld').index('é')))
except Exception as ex:
    print(498, type(ex).__name__, ex)
try:
    print(0, repr(('layer_1/w:0').find('x')))
except Exception as ex:
    print(0, type(ex).__name__, ex)
try:
    print(1, repr(('').endswith('zz', 2)))
except Exception as ex:
    print(1, type(ex).__name__, ex)
try:
    print(2, repr(('ab' * 3).rsplit(None, 1)))
except Exception as ex:
    print(2, type(ex).__name__, ex)
try:
    print(3, repr(('a,b,,c,').splitlines(False)))
except Exception as ex:
    print(3, type(ex).__name__, ex)
try:
    print(4, repr(('xXx').rpartition('/')))
except Exception as ex:
    print(4, type(ex).__name__, ex)
try:
    print(5, repr(('layer_1/w:0').lstrip('x')))
except Exception as ex:
    print(5, type(ex).__name__, ex)
try:
    print(6, repr(('a,b,,c,').partition('  ')))
except Exception as ex:
    print(6, type(ex).__name__, ex)
try:
    print(8, repr(('').strip()))
except Exception as ex:
    print(8, type(ex).__name__, ex)
try:
    print(9, repr(('').ljust(-3, 'ab')))
except Exception as ex:
    print(9, type(ex).__name__, ex)
try:
    print(10, repr(('xXx').rindex(',', 5)))
except Exception as ex:
    print(10, type(ex).__name__, ex)
try:
    print(11, repr(('ab' * 3).lstrip('é')))
except Exception as ex:
    print(11, type(ex).__name__, ex)
try:
    print(12, repr(('').rstrip(None)))
except Exception as ex:
    print(12, type(ex).__name__, ex)
try:
    print(13, repr(('xXx').replace('abc', 'é')))
except Exception as ex:
    print(13, type(ex).__name__, ex)
try:
    print(14, repr(('xXx').ljust(5, 'é')))
except Exception as ex:
    print(14, type(ex).__name__, ex)
try:
    print(15, repr(('//').lstrip('é')))
except Exception as ex:
    print(15, type(ex).__name__, ex)
try:
    print(16, repr(('\tq\n').replace('', 'zz')))
except Exception as ex:
    print(16, type(ex).__name__, ex)
try:
    print(17, repr(('  x y  ').center(-1, 'ab')))
except Exception as ex:
    print(17, type(ex).__name__, ex)
try:
    print(18, repr(('xXx').rjust(-1, 'ab')))
except Exception as ex:
    print(18, type(ex).__name__, ex)
try:
    print(19, repr(('abcabc').center(5, 'ab')))
except Exception as ex:
    print(19, type(ex).__name__, ex)
try:
    print(20, repr(('a/b/c').strip()))
except Exception as ex:
    print(20, type(ex).__name__, ex)
try:
    print(21, repr(('abcabc').rfind('zz')))
except Exception as ex:
    print(21, type(ex).__name__, ex)
try:
    print(22, repr(('\tq\n').rsplit('zz')))
except Exception as ex:
    print(22, type(ex).__name__, ex)
try:
    print(23, repr(('abcabc').rfind('', -3, 2)))
except Exception as ex:
    print(23, type(ex).__name__, ex)
try:
    print(24, repr(('abcabc').rsplit('/')))
except Exception as ex:
    print(24, type(ex).__name__, ex)
try:
    print(25, repr(('layer_1/w:0').lstrip('')))
except Exception as ex:
    print(25, type(ex).__name__, ex)
try:
    print(26, repr(('abcabc').split()))
except Exception as ex:
    print(26, type(ex).__name__, ex)
try:
    print(27, repr(('a/b/c').find('/')))
except Exception as ex:
    print(27, type(ex).__name__, ex)
try:
    print(28, repr(('layer_1/w:0').lstrip('')))
except Exception as ex:
    print(28, type(ex).__name__, ex)
try:
    print(29, repr(('').rindex('/', 100, 0)))
except Exception as ex:
    print(29, type(ex).__name__, ex)
try:
    print(30, repr(('abcabc').index('/')))
except Exception as ex:
    print(30, type(ex).__name__, ex)
try:
    print(31, repr(('héllo wörld').join([])))
except Exception as ex:
    print(31, type(ex).__name__, ex)
try:
    print(32, repr(('héllo wörld').center(-1)))
except Exception as ex:
    print(32, type(ex).__name__, ex)
try:
    print(33, repr(('//').rjust(-1)))
except Exception as ex:
    print(33, type(ex).__name__, ex)
try:
    print(34, repr(('a,b,,c,').join(('q',))))
except Exception as ex:
    print(34, type(ex).__name__, ex)
try:
    print(35, repr(('abcabc').find('x', 1, 0)))
except Exception as ex:
    print(35, type(ex).__name__, ex)
try:
    print(36, repr(('//').index('zz', 100, None)))
except Exception as ex:
    print(36, type(ex).__name__, ex)
try:
    print(37, repr(('xXx').strip()))
except Exception as ex:
    print(37, type(ex).__name__, ex)
try:
    print(38, repr(('héllo wörld').startswith('zz', 100)))
except Exception as ex:
    print(38, type(ex).__name__, ex)
try:
    print(39, repr(('\tq\n').split('  ', 1)))
except Exception as ex:
    print(39, type(ex).__name__, ex)
try:
    print(40, repr(('\tq\n').rsplit('/')))
except Exception as ex:
    print(40, type(ex).__name__, ex)
try:
    print(41, repr(('').rindex('b')))
except Exception as ex:
    print(41, type(ex).__name__, ex)
try:
    print(42, repr(('//').splitlines()))
except Exception as ex:
    print(42, type(ex).__name__, ex)
try:
    print(43, repr(('xXx').rsplit()))
except Exception as ex:
    print(43, type(ex).__name__, ex)
try:
    print(44, repr(('abcabc').rpartition('abc')))
except Exception as ex:
    print(44, type(ex).__name__, ex)
try:
    print(45, repr(('a/b/c').zfill(-3)))
except Exception as ex:
    print(45, type(ex).__name__, ex)
try:
    print(46, repr(('ab' * 3).lstrip(None)))
except Exception as ex:
    print(46, type(ex).__name__, ex)
try:
    print(47, repr(('a,b,,c,').startswith('/', -1, 0)))
except Exception as ex:
    print(47, type(ex).__name__, ex)
try:
    print(48, repr(('a,b,,c,').partition('b')))
except Exception as ex:
    print(48, type(ex).__name__, ex)
try:
    print(49, repr(('xXx').find('b')))
except Exception as ex:
    print(49, type(ex).__name__, ex)
try:
    print(50, repr(('a/b/c').split()))
except Exception as ex:
    print(50, type(ex).__name__, ex)
try:
    print(51, repr(('abcabc').rfind('/')))
except Exception as ex:
    print(51, type(ex).__name__, ex)
try:
    print(52, repr(('xXx').rpartition('abc')))
except Exception as ex:
    print(52, type(ex).__name__, ex)
try:
    print(53, repr(('xXx').splitlines(True)))
except Exception as ex:
    print(53, type(ex).__name__, ex)
try:
    print(54, repr(('\tq\n').count(',', 100, 0)))
except Exception as ex:
    print(54, type(ex).__name__, ex)
try:
    print(55, repr(('ab' * 3).zfill(2)))
except Exception as ex:
    print(55, type(ex).__name__, ex)
try:
    print(56, repr(('xXx').zfill(0)))
except Exception as ex:
    print(56, type(ex).__name__, ex)
try:
    print(57, repr(('\tq\n').center(0, 'ab')))
except Exception as ex:
    print(57, type(ex).__name__, ex)
try:
    print(58, repr(('a/b/c').join([])))
except Exception as ex:
    print(58, type(ex).__name__, ex)
try:
    print(59, repr(('héllo wörld').endswith(('a', 'x'))))
except Exception as ex:
    print(59, type(ex).__name__, ex)
try:
    print(60, repr(('a,b,,c,').rfind('abc')))
except Exception as ex:
    print(60, type(ex).__name__, ex)
try:
    print(61, repr(('abcabc').split('/')))
except Exception as ex:
    print(61, type(ex).__name__, ex)
try:
    print(62, repr(('a,b,,c,').splitlines(False)))
except Exception as ex:
    print(62, type(ex).__name__, ex)
try:
    print(63, repr(('abcabc').zfill(0)))
except Exception as ex:
    print(63, type(ex).__name__, ex)
try:
    print(64, repr(('  x y  ').split('abc')))
except Exception as ex:
    print(64, type(ex).__name__, ex)
try:
    print(65, repr(('a/b/c').replace(':0', 'b')))
except Exception as ex:
    print(65, type(ex).__name__, ex)
try:
    print(66, repr(('ab' * 3).lstrip('é')))
except Exception as ex:
    print(66, type(ex).__name__, ex)
try:
    print(67, repr(('').lstrip('b')))
except Exception as ex:
    print(67, type(ex).__name__, ex)
try:
    print(68, repr(('  x y  ').rfind('b')))
except Exception as ex:
    print(68, type(ex).__name__, ex)
try:
    print(69, repr(('ab' * 3).strip(':0')))
except Exception as ex:
    print(69, type(ex).__name__, ex)
try:
    print(70, repr(('a/b/c').split(None, 2)))
except Exception as ex:
    print(70, type(ex).__name__, ex)
try:
    print(71, repr(('layer_1/w:0').center(-1, 'é')))
except Exception as ex:
    print(71, type(ex).__name__, ex)
try:
    print(72, repr(('').lstrip('é')))
except Exception as ex:
    print(72, type(ex).__name__, ex)
try:
    print(73, repr(('xXx').center(2, 'ab')))
except Exception as ex:
    print(73, type(ex).__name__, ex)
try:
    print(74, repr(('  x y  ').rstrip()))
except Exception as ex:
    print(74, type(ex).__name__, ex)
try:
    print(75, repr(('').center(-3, 'é')))
except Exception as ex:
    print(75, type(ex).__name__, ex)
try:
    print(76, repr(('\tq\n').find('zz', 1, 1)))
except Exception as ex:
    print(76, type(ex).__name__, ex)
try:
    print(77, repr(('héllo wörld').rindex('', 100, 1)))
except Exception as ex:
    print(77, type(ex).__name__, ex)
try:
    print(78, repr(('a/b/c').splitlines()))
except Exception as ex:
    print(78, type(ex).__name__, ex)
try:
    print(79, repr(('').endswith(':0', 5)))
except Exception as ex:
    print(79, type(ex).__name__, ex)
try:
    print(80, repr(('//').rindex('abc', 1, -1)))
except Exception as ex:
    print(80, type(ex).__name__, ex)
try:
    print(81, repr(('xXx').partition('x')))
except Exception as ex:
    print(81, type(ex).__name__, ex)
try:
    print(82, repr(('xXx').replace('  ', 'abc', 1)))
except Exception as ex:
    print(82, type(ex).__name__, ex)
try:
    print(83, repr(('').rpartition(',')))
except Exception as ex:
    print(83, type(ex).__name__, ex)
try:
    print(84, repr(('héllo wörld').zfill(2)))
except Exception as ex:
    print(84, type(ex).__name__, ex)
try:
    print(85, repr(('//').split(',', 5)))
except Exception as ex:
    print(85, type(ex).__name__, ex)
try:
    print(86, repr(('').rstrip()))
except Exception as ex:
    print(86, type(ex).__name__, ex)
try:
    print(87, repr(('//').startswith('abc', 100)))
except Exception as ex:
    print(87, type(ex).__name__, ex)
try:
    print(88, repr(('\tq\n').center(-3, 'é')))
except Exception as ex:
    print(88, type(ex).__name__, ex)
try:
    print(89, repr(('\tq\n').find(':0', 2, 100)))
except Exception as ex:
    print(89, type(ex).__name__, ex)
try:
    print(90, repr(('\tq\n').rstrip()))
except Exception as ex:
    print(90, type(ex).__name__, ex)
try:
    print(91, repr(('héllo wörld').rpartition('')))
except Exception as ex:
    print(91, type(ex).__name__, ex)
try:
    print(92, repr(('a/b/c').split(':0')))
except Exception as ex:
    print(92, type(ex).__name__, ex)
try:
    print(93, repr(('ab' * 3).join('xyz')))
except Exception as ex:
    print(93, type(ex).__name__, ex)
try:
    print(94, repr(('a/b/c').rstrip()))
except Exception as ex:
    print(94, type(ex).__name__, ex)
try:
    print(95, repr(('  x y  ').zfill(2)))
except Exception as ex:
    print(95, type(ex).__name__, ex)
try:
    print(96, repr(('ab' * 3).index('zz')))
except Exception as ex:
    print(96, type(ex).__name__, ex)
try:
    print(97, repr(('\tq\n').partition('abc')))
except Exception as ex:
    print(97, type(ex).__name__, ex)
try:
    print(98, repr(('xXx').zfill(2)))
except Exception as ex:
    print(98, type(ex).__name__, ex)
try:
    print(99, repr(('abcabc').find('/', None)))
except Exception as ex:
    print(99, type(ex).__name__, ex)
try:
    print(100, repr(('xXx').find('é', 5, None)))
except Exception as ex:
    print(100, type(ex).__name__, ex)
try:
    print(101, repr(('  x y  ').ljust(0, '*')))
except Exception as ex:
    print(101, type(ex).__name__, ex)
try:
    print(102, repr(('ab' * 3).lstrip()))
except Exception as ex:
    print(102, type(ex).__name__, ex)
try:
    print(103, repr(('a,b,,c,').startswith(('a', 'x'), -1, 0)))
except Exception as ex:
    print(103, type(ex).__name__, ex)
try:
    print(104, repr(('').center(2, 'ab')))
except Exception as ex:
    print(104, type(ex).__name__, ex)
try:
    print(105, repr(('  x y  ').index('abc')))
except Exception as ex:
    print(105, type(ex).__name__, ex)
try:
    print(106, repr(('xXx').rpartition('x')))
except Exception as ex:
    print(106, type(ex).__name__, ex)
try:
    print(107, repr(('layer_1/w:0').rjust(-3, 'é')))
except Exception as ex:
    print(107, type(ex).__name__, ex)
try:
    print(108, repr(('abcabc').endswith(('a', 'x'), -1)))
except Exception as ex:
    print(108, type(ex).__name__, ex)
try:
    print(109, repr(('//').rjust(0, 'é')))
except Exception as ex:
    print(109, type(ex).__name__, ex)
try:
    print(110, repr(('héllo wörld').endswith(('a', 'x'), -3)))
except Exception as ex:
    print(110, type(ex).__name__, ex)
try:
    print(111, repr(('\tq\n').splitlines(True)))
except Exception as ex:
    print(111, type(ex).__name__, ex)
try:
    print(112, repr(('xXx').splitlines()))
except Exception as ex:
    print(112, type(ex).__name__, ex)
try:
    print(113, repr(('a,b,,c,').join([1])))
except Exception as ex:
    print(113, type(ex).__name__, ex)
try:
    print(114, repr(('\tq\n').find('/', 2)))
except Exception as ex:
    print(114, type(ex).__name__, ex)
try:
    print(115, repr(('//').rjust(-3)))
except Exception as ex:
    print(115, type(ex).__name__, ex)
try:
    print(116, repr(('  x y  ').rsplit()))
except Exception as ex:
    print(116, type(ex).__name__, ex)
try:
    print(117, repr(('a/b/c').rstrip(':0')))
except Exception as ex:
    print(117, type(ex).__name__, ex)
try:
    print(118, repr(('héllo wörld').lstrip()))
except Exception as ex:
    print(118, type(ex).__name__, ex)
try:
    print(119, repr(('héllo wörld').rpartition('')))
except Exception as ex:
    print(119, type(ex).__name__, ex)
try:
    print(120, repr(('//').rpartition('é')))
except Exception as ex:
    print(120, type(ex).__name__, ex)
try:
    print(121, repr(('').rpartition('abc')))
except Exception as ex:
    print(121, type(ex).__name__, ex)
try:
    print(122, repr(('héllo wörld').rindex(':0')))
except Exception as ex:
    print(122, type(ex).__name__, ex)
try:
    print(123, repr(('//').count('x', -1, 5)))
except Exception as ex:
    print(123, type(ex).__name__, ex)
try:
    print(124, repr(('').index('abc')))
except Exception as ex:
    print(124, type(ex).__name__, ex)
try:
    print(125, repr(('xXx').splitlines(False)))
except Exception as ex:
    print(125, type(ex).__name__, ex)
try:
    print(126, repr(('héllo wörld').startswith('zz', 5, 100)))
except Exception as ex:
    print(126, type(ex).__name__, ex)
try:
    print(127, repr(('\tq\n').endswith('zz', 1, 5)))
except Exception as ex:
    print(127, type(ex).__name__, ex)
try:
    print(128, repr(('  x y  ').rstrip('')))
except Exception as ex:
    print(128, type(ex).__name__, ex)
try:
    print(129, repr(('  x y  ').lstrip('é')))
except Exception as ex:
    print(129, type(ex).__name__, ex)
try:
    print(130, repr(('a/b/c').rindex(',', -1)))
except Exception as ex:
    print(130, type(ex).__name__, ex)
try:
    print(131, repr(('layer_1/w:0').rfind('', 5)))
except Exception as ex:
    print(131, type(ex).__name__, ex)
try:
    print(132, repr(('a/b/c').splitlines(True)))
except Exception as ex:
    print(132, type(ex).__name__, ex)
try:
    print(133, repr(('xXx').strip()))
except Exception as ex:
    print(133, type(ex).__name__, ex)
try:
    print(134, repr(('ab' * 3).rstrip('é')))
except Exception as ex:
    print(134, type(ex).__name__, ex)
try:
    print(135, repr(('\tq\n').index('x', 2)))
except Exception as ex:
    print(135, type(ex).__name__, ex)
try:
    print(136, repr(('//').rfind(':0')))
except Exception as ex:
    print(136, type(ex).__name__, ex)
try:
    print(137, repr(('héllo wörld').startswith(',')))
except Exception as ex:
    print(137, type(ex).__name__, ex)
try:
    print(138, repr(('héllo wörld').startswith('x')))
except Exception as ex:
    print(138, type(ex).__name__, ex)
try:
    print(139, repr(('abcabc').replace(':0', 'zz', 0)))
except Exception as ex:
    print(139, type(ex).__name__, ex)
try:
    print(140, repr(('héllo wörld').lstrip()))
except Exception as ex:
    print(140, type(ex).__name__, ex)
try:
    print(141, repr(('').rindex(',')))
except Exception as ex:
    print(141, type(ex).__name__, ex)
try:
    print(142, repr(('//').startswith('x')))
except Exception as ex:
    print(142, type(ex).__name__, ex)
try:
    print(143, repr(('xXx').zfill(-1)))
except Exception as ex:
    print(143, type(ex).__name__, ex)
try:
    print(144, repr(('\tq\n').join('xyz')))
except Exception as ex:
    print(144, type(ex).__name__, ex)
try:
    print(145, repr(('layer_1/w:0').rstrip('é')))
except Exception as ex:
    print(145, type(ex).__name__, ex)
try:
    print(146, repr(('ab' * 3).strip()))
except Exception as ex:
    print(146, type(ex).__name__, ex)
try:
    print(147, repr(('ab' * 3).ljust(2, 'ab')))
except Exception as ex:
    print(147, type(ex).__name__, ex)
try:
    print(148, repr(('//').rindex(',', None)))
except Exception as ex:
    print(148, type(ex).__name__, ex)
try:
    print(149, repr(('layer_1/w:0').rfind('zz', -1)))
except Exception as ex:
    print(149, type(ex).__name__, ex)
try:
    print(150, repr(('a/b/c').ljust(0)))
except Exception as ex:
    print(150, type(ex).__name__, ex)
try:
    print(151, repr(('a,b,,c,').endswith(('/',), 0)))
except Exception as ex:
    print(151, type(ex).__name__, ex)
try:
    print(152, repr(('  x y  ').rfind('x', 2, -1)))
except Exception as ex:
    print(152, type(ex).__name__, ex)
try:
    print(153, repr(('layer_1/w:0').index('b', 5)))
except Exception as ex:
    print(153, type(ex).__name__, ex)
try:
    print(154, repr(('\tq\n').rpartition('é')))
except Exception as ex:
    print(154, type(ex).__name__, ex)
try:
    print(155, repr(('abcabc').find('', 0)))
except Exception as ex:
    print(155, type(ex).__name__, ex)
try:
    print(156, repr(('').ljust(0)))
except Exception as ex:
    print(156, type(ex).__name__, ex)
try:
    print(157, repr(('abcabc').rjust(100)))
except Exception as ex:
    print(157, type(ex).__name__, ex)
try:
    print(158, repr(('xXx').strip()))
except Exception as ex:
    print(158, type(ex).__name__, ex)
try:
    print(159, repr(('').lstrip('/')))
except Exception as ex:
    print(159, type(ex).__name__, ex)
try:
    print(160, repr(('').rjust(1)))
except Exception as ex:
    print(160, type(ex).__name__, ex)
try:
    print(161, repr(('a/b/c').rpartition('/')))
except Exception as ex:
    print(161, type(ex).__name__, ex)
try:
    print(162, repr(('ab' * 3).count(',', 5, 100)))
except Exception as ex:
    print(162, type(ex).__name__, ex)
try:
    print(163, repr(('xXx').ljust(-3)))
except Exception as ex:
    print(163, type(ex).__name__, ex)
try:
    print(164, repr(('a/b/c').index(':0', -1, 100)))
except Exception as ex:
    print(164, type(ex).__name__, ex)
try:
    print(165, repr(('abcabc').endswith(',', -1)))
except Exception as ex:
    print(165, type(ex).__name__, ex)
try:
    print(166, repr(('a,b,,c,').index('x', -3)))
except Exception as ex:
    print(166, type(ex).__name__, ex)
try:
    print(167, repr(('a/b/c').rjust(2)))
except Exception as ex:
    print(167, type(ex).__name__, ex)
try:
    print(168, repr(('  x y  ').endswith('é', -3, 2)))
except Exception as ex:
    print(168, type(ex).__name__, ex)
try:
    print(169, repr(('a,b,,c,').index('  ', 1, 0)))
except Exception as ex:
    print(169, type(ex).__name__, ex)
try:
    print(170, repr(('ab' * 3).rjust(1)))
except Exception as ex:
    print(170, type(ex).__name__, ex)
try:
    print(171, repr(('abcabc').rstrip()))
except Exception as ex:
    print(171, type(ex).__name__, ex)
try:
    print(172, repr(('\tq\n').index('/', -3, None)))
except Exception as ex:
    print(172, type(ex).__name__, ex)
try:
    print(173, repr(('xXx').rsplit(':0', 100)))
except Exception as ex:
    print(173, type(ex).__name__, ex)
try:
    print(174, repr(('').join(['a', 'b'])))
except Exception as ex:
    print(174, type(ex).__name__, ex)
try:
    print(175, repr(('abcabc').rfind('  ')))
except Exception as ex:
    print(175, type(ex).__name__, ex)
try:
    print(176, repr(('').find('é', -3, 2)))
except Exception as ex:
    print(176, type(ex).__name__, ex)
try:
    print(177, repr(('').strip('  ')))
except Exception as ex:
    print(177, type(ex).__name__, ex)
try:
    print(178, repr(('ab' * 3).find(',', 0)))
except Exception as ex:
    print(178, type(ex).__name__, ex)
try:
    print(179, repr(('//').endswith('b', -3, 0)))
except Exception as ex:
    print(179, type(ex).__name__, ex)
try:
    print(180, repr(('abcabc').partition('abc')))
except Exception as ex:
    print(180, type(ex).__name__, ex)
try:
    print(181, repr(('xXx').rstrip()))
except Exception as ex:
    print(181, type(ex).__name__, ex)
try:
    print(182, repr(('a,b,,c,').index('', None, None)))
except Exception as ex:
    print(182, type(ex).__name__, ex)
try:
    print(183, repr(('héllo wörld').rstrip('zz')))
except Exception as ex:
    print(183, type(ex).__name__, ex)
try:
    print(184, repr(('  x y  ').join([1])))
except Exception as ex:
    print(184, type(ex).__name__, ex)
try:
    print(185, repr(('//').rpartition('é')))
except Exception as ex:
    print(185, type(ex).__name__, ex)
try:
    print(186, repr(('ab' * 3).strip('b')))
except Exception as ex:
    print(186, type(ex).__name__, ex)
try:
    print(187, repr(('').lstrip(':0')))
except Exception as ex:
    print(187, type(ex).__name__, ex)
try:
    print(188, repr(('ab' * 3).splitlines()))
except Exception as ex:
    print(188, type(ex).__name__, ex)
try:
    print(189, repr(('\tq\n').endswith('  ')))
except Exception as ex:
    print(189, type(ex).__name__, ex)
try:
    print(190, repr(('  x y  ').rfind('/')))
except Exception as ex:
    print(190, type(ex).__name__, ex)
try:
    print(191, repr(('abcabc').strip()))
except Exception as ex:
    print(191, type(ex).__name__, ex)
try:
    print(192, repr(('héllo wörld').rjust(100, 'ab')))
except Exception as ex:
    print(192, type(ex).__name__, ex)
try:
    print(193, repr(('\tq\n').strip('b')))
except Exception as ex:
    print(193, type(ex).__name__, ex)
try:
    print(194, repr(('a,b,,c,').center(-1)))
except Exception as ex:
    print(194, type(ex).__name__, ex)
try:
    print(195, repr(('ab' * 3).zfill(1)))
except Exception as ex:
    print(195, type(ex).__name__, ex)
try:
    print(196, repr(('').rindex(',', 1, None)))
except Exception as ex:
    print(196, type(ex).__name__, ex)
try:
    print(197, repr(('  x y  ').splitlines()))
except Exception as ex:
    print(197, type(ex).__name__, ex)
try:
    print(198, repr(('//').center(1)))
except Exception as ex:
    print(198, type(ex).__name__, ex)
try:
    print(199, repr(('ab' * 3).endswith(':0')))
except Exception as ex:
    print(199, type(ex).__name__, ex)
try:
    print(200, repr(('ab' * 3).strip('  ')))
except Exception as ex:
    print(200, type(ex).__name__, ex)
try:
    print(201, repr(('a,b,,c,').replace(':0', '  ', 0)))
except Exception as ex:
    print(201, type(ex).__name__, ex)
try:
    print(203, repr(('a,b,,c,').partition('é')))
except Exception as ex:
    print(203, type(ex).__name__, ex)
try:
    print(204, repr(('a,b,,c,').rstrip(',')))
except Exception as ex:
    print(204, type(ex).__name__, ex)
try:
    print(205, repr(('  x y  ').count(':0')))
except Exception as ex:
    print(205, type(ex).__name__, ex)
try:
    print(206, repr(('layer_1/w:0').rjust(-3)))
except Exception as ex:
    print(206, type(ex).__name__, ex)
try:
    print(207, repr(('xXx').split()))
except Exception as ex:
    print(207, type(ex).__name__, ex)
try:
    print(208, repr(('a,b,,c,').partition(':0')))
except Exception as ex:
    print(208, type(ex).__name__, ex)
try:
    print(209, repr(('xXx').startswith('x')))
except Exception as ex:
    print(209, type(ex).__name__, ex)
try:
    print(210, repr(('xXx').lstrip('zz')))
except Exception as ex:
    print(210, type(ex).__name__, ex)
try:
    print(211, repr(('a/b/c').rpartition('abc')))
except Exception as ex:
    print(211, type(ex).__name__, ex)
try:
    print(212, repr(('layer_1/w:0').split('/')))
except Exception as ex:
    print(212, type(ex).__name__, ex)
try:
    print(213, repr(('').splitlines()))
except Exception as ex:
    print(213, type(ex).__name__, ex)
try:
    print(214, repr(('abcabc').strip()))
except Exception as ex:
    print(214, type(ex).__name__, ex)
try:
    print(215, repr(('xXx').rsplit('', 5)))
except Exception as ex:
    print(215, type(ex).__name__, ex)
try:
    print(216, repr(('  x y  ').rfind('  ', 1, -1)))
except Exception as ex:
    print(216, type(ex).__name__, ex)
try:
    print(217, repr(('a,b,,c,').index('abc')))
except Exception as ex:
    print(217, type(ex).__name__, ex)
try:
    print(218, repr(('xXx').startswith('/', 5)))
except Exception as ex:
    print(218, type(ex).__name__, ex)
try:
    print(219, repr(('héllo wörld').rfind('x', 1, 5)))
except Exception as ex:
    print(219, type(ex).__name__, ex)
try:
    print(220, repr(('héllo wörld').splitlines(False)))
except Exception as ex:
    print(220, type(ex).__name__, ex)
try:
    print(221, repr(('  x y  ').ljust(0)))
except Exception as ex:
    print(221, type(ex).__name__, ex)
try:
    print(222, repr(('layer_1/w:0').strip(None)))
except Exception as ex:
    print(222, type(ex).__name__, ex)
try:
    print(223, repr(('layer_1/w:0').lstrip()))
except Exception as ex:
    print(223, type(ex).__name__, ex)
try:
    print(224, repr(('\tq\n').find('  ', 100, 100)))
except Exception as ex:
    print(224, type(ex).__name__, ex)
try:
    print(226, repr(('ab' * 3).rsplit()))
except Exception as ex:
    print(226, type(ex).__name__, ex)
try:
    print(227, repr(('ab' * 3).lstrip()))
except Exception as ex:
    print(227, type(ex).__name__, ex)
try:
    print(228, repr(('  x y  ').split()))
except Exception as ex:
    print(228, type(ex).__name__, ex)
try:
    print(229, repr(('abcabc').zfill(2)))
except Exception as ex:
    print(229, type(ex).__name__, ex)
try:
    print(230, repr(('a/b/c').lstrip()))
except Exception as ex:
    print(230, type(ex).__name__, ex)
try:
    print(231, repr(('ab' * 3).find(':0')))
except Exception as ex:
    print(231, type(ex).__name__, ex)
try:
    print(232, repr(('xXx').count('/')))
except Exception as ex:
    print(232, type(ex).__name__, ex)
try:
    print(233, repr(('a,b,,c,').find('abc', 2, 0)))
except Exception as ex:
    print(233, type(ex).__name__, ex)
try:
    print(234, repr(('xXx').ljust(2, '*')))
except Exception as ex:
    print(234, type(ex).__name__, ex)
try:
    print(235, repr(('').partition('é')))
except Exception as ex:
    print(235, type(ex).__name__, ex)
try:
    print(236, repr(('héllo wörld').rsplit('', -3)))
except Exception as ex:
    print(236, type(ex).__name__, ex)
try:
    print(237, repr(('//').partition('')))
except Exception as ex:
    print(237, type(ex).__name__, ex)
try:
    print(238, repr(('//').join([])))
except Exception as ex:
    print(238, type(ex).__name__, ex)
try:
    print(239, repr(('').split('')))
except Exception as ex:
    print(239, type(ex).__name__, ex)
try:
    print(240, repr(('').splitlines(False)))
except Exception as ex:
    print(240, type(ex).__name__, ex)
try:
    print(241, repr(('//').center(1, 'é')))
except Exception as ex:
    print(241, type(ex).__name__, ex)
try:
    print(242, repr(('a,b,,c,').startswith('x')))
except Exception as ex:
    print(242, type(ex).__name__, ex)
try:
    print(243, repr(('\tq\n').rsplit('zz')))
except Exception as ex:
    print(243, type(ex).__name__, ex)
try:
    print(244, repr(('layer_1/w:0').partition('/')))
except Exception as ex:
    print(244, type(ex).__name__, ex)
try:
    print(245, repr(('xXx').center(5, 'é')))
except Exception as ex:
    print(245, type(ex).__name__, ex)
try:
    print(246, repr(('abcabc').rpartition('x')))
except Exception as ex:
    print(246, type(ex).__name__, ex)
try:
    print(247, repr(('xXx').join('xyz')))
except Exception as ex:
    print(247, type(ex).__name__, ex)
try:
    print(248, repr(('xXx').rjust(2)))
except Exception as ex:
    print(248, type(ex).__name__, ex)
try:
    print(249, repr(('  x y  ').lstrip('b')))
except Exception as ex:
    print(249, type(ex).__name__, ex)
try:
    print(250, repr(('xXx').replace(',', 'b', 2)))
except Exception as ex:
    print(250, type(ex).__name__, ex)
try:
    print(251, repr(('ab' * 3).rpartition('b')))
except Exception as ex:
    print(251, type(ex).__name__, ex)
try:
    print(252, repr(('a,b,,c,').rpartition('  ')))
except Exception as ex:
    print(252, type(ex).__name__, ex)
try:
    print(253, repr(('héllo wörld').rindex(':0')))
except Exception as ex:
    print(253, type(ex).__name__, ex)
try:
    print(254, repr(('\tq\n').splitlines()))
except Exception as ex:
    print(254, type(ex).__name__, ex)
try:
    print(255, repr(('a,b,,c,').rpartition('')))
except Exception as ex:
    print(255, type(ex).__name__, ex)
try:
    print(256, repr(('a,b,,c,').startswith('zz', 100)))
except Exception as ex:
    print(256, type(ex).__name__, ex)
try:
    print(257, repr(('  x y  ').splitlines(False)))
except Exception as ex:
    print(257, type(ex).__name__, ex)
try:
    print(258, repr(('\tq\n').split('zz')))
except Exception as ex:
    print(258, type(ex).__name__, ex)
try:
    print(259, repr(('layer_1/w:0').count('b', 1)))
except Exception as ex:
    print(259, type(ex).__name__, ex)
try:
    print(260, repr(('layer_1/w:0').lstrip('zz')))
except Exception as ex:
    print(260, type(ex).__name__, ex)
try:
    print(261, repr(('héllo wörld').rstrip()))
except Exception as ex:
    print(261, type(ex).__name__, ex)
try:
    print(262, repr(('héllo wörld').find('zz', None, 100)))
except Exception as ex:
    print(262, type(ex).__name__, ex)
try:
    print(263, repr(('ab' * 3).replace('b', 'zz')))
except Exception as ex:
    print(263, type(ex).__name__, ex)
try:
    print(264, repr(('layer_1/w:0').lstrip()))
except Exception as ex:
    print(264, type(ex).__name__, ex)
try:
    print(265, repr(('  x y  ').center(5)))
except Exception as ex:
    print(265, type(ex).__name__, ex)
try:
    print(266, repr(('layer_1/w:0').split(',')))
except Exception as ex:
    print(266, type(ex).__name__, ex)
try:
    print(267, repr(('//').splitlines()))
except Exception as ex:
    print(267, type(ex).__name__, ex)
try:
    print(268, repr(('//').splitlines()))
except Exception as ex:
    print(268, type(ex).__name__, ex)
try:
    print(269, repr(('abcabc').join('xyz')))
except Exception as ex:
    print(269, type(ex).__name__, ex)
try:
    print(270, repr(('héllo wörld').endswith('zz', None)))
except Exception as ex:
    print(270, type(ex).__name__, ex)
try:
    print(271, repr(('//').startswith('  ')))
except Exception as ex:
    print(271, type(ex).__name__, ex)
try:
    print(272, repr(('abcabc').zfill(1)))
except Exception as ex:
    print(272, type(ex).__name__, ex)
try:
    print(273, repr(('héllo wörld').lstrip()))
except Exception as ex:
    print(273, type(ex).__name__, ex)
try:
    print(274, repr(('abcabc').rjust(1)))
except Exception as ex:
    print(274, type(ex).__name__, ex)
try:
    print(275, repr(('ab' * 3).rpartition(',')))
except Exception as ex:
    print(275, type(ex).__name__, ex)
try:
    print(276, repr(('  x y  ').zfill(-3)))
except Exception as ex:
    print(276, type(ex).__name__, ex)
try:
    print(277, repr(('').split('é')))
except Exception as ex:
    print(277, type(ex).__name__, ex)
try:
    print(278, repr(('héllo wörld').splitlines()))
except Exception as ex:
    print(278, type(ex).__name__, ex)
try:
    print(279, repr(('\tq\n').count('zz', -1, None)))
except Exception as ex:
    print(279, type(ex).__name__, ex)
try:
    print(280, repr(('ab' * 3).split('', 1)))
except Exception as ex:
    print(280, type(ex).__name__, ex)
try:
    print(281, repr(('abcabc').split('b', 2)))
except Exception as ex:
    print(281, type(ex).__name__, ex)
try:
    print(282, repr(('\tq\n').count('', -3, 100)))
except Exception as ex:
    print(282, type(ex).__name__, ex)
try:
    print(283, repr(('ab' * 3).split()))
except Exception as ex:
    print(283, type(ex).__name__, ex)
try:
    print(284, repr(('héllo wörld').rfind('/', 5)))
except Exception as ex:
    print(284, type(ex).__name__, ex)
try:
    print(285, repr(('//').rstrip()))
except Exception as ex:
    print(285, type(ex).__name__, ex)
try:
    print(286, repr(('a/b/c').rpartition('')))
except Exception as ex:
    print(286, type(ex).__name__, ex)
try:
    print(287, repr(('//').splitlines()))
except Exception as ex:
    print(287, type(ex).__name__, ex)
try:
    print(288, repr(('  x y  ').index('  ', 1)))
except Exception as ex:
    print(288, type(ex).__name__, ex)
try:
    print(289, repr(('xXx').endswith('/', 2)))
except Exception as ex:
    print(289, type(ex).__name__, ex)
try:
    print(290, repr(('a/b/c').partition('')))
except Exception as ex:
    print(290, type(ex).__name__, ex)
try:
    print(291, repr(('ab' * 3).endswith(':0', 0)))
except Exception as ex:
    print(291, type(ex).__name__, ex)
try:
    print(292, repr(('héllo wörld').rpartition('')))
except Exception as ex:
    print(292, type(ex).__name__, ex)
try:
    print(293, repr(('abcabc').join([])))
except Exception as ex:
    print(293, type(ex).__name__, ex)
try:
    print(294, repr(('\tq\n').rfind('')))
except Exception as ex:
    print(294, type(ex).__name__, ex)
try:
    print(295, repr(('abcabc').split('b')))
except Exception as ex:
    print(295, type(ex).__name__, ex)
try:
    print(296, repr(('  x y  ').rfind('b', -1)))
except Exception as ex:
    print(296, type(ex).__name__, ex)
try:
    print(297, repr(('héllo wörld').index(':0', -3)))
except Exception as ex:
    print(297, type(ex).__name__, ex)
try:
    print(298, repr(('xXx').split()))
except Exception as ex:
    print(298, type(ex).__name__, ex)
try:
    print(299, repr(('héllo wörld').splitlines()))
except Exception as ex:
    print(299, type(ex).__name__, ex)
try:
    print(300, repr(('a/b/c').rjust(1)))
except Exception as ex:
    print(300, type(ex).__name__, ex)
try:
    print(301, repr(('//').partition('é')))
except Exception as ex:
    print(301, type(ex).__name__, ex)
try:
    print(302, repr(('\tq\n').endswith('b', -1)))
except Exception as ex:
    print(302, type(ex).__name__, ex)
try:
    print(303, repr(('a/b/c').split()))
except Exception as ex:
    print(303, type(ex).__name__, ex)
try:
    print(304, repr(('').lstrip()))
except Exception as ex:
    print(304, type(ex).__name__, ex)
try:
    print(305, repr(('  x y  ').zfill(0)))
except Exception as ex:
    print(305, type(ex).__name__, ex)
try:
    print(306, repr(('abcabc').zfill(100)))
except Exception as ex:
    print(306, type(ex).__name__, ex)
try:
    print(307, repr(('héllo wörld').find(',')))
except Exception as ex:
    print(307, type(ex).__name__, ex)
try:
    print(308, repr(('abcabc').partition('x')))
except Exception as ex:
    print(308, type(ex).__name__, ex)
try:
    print(309, repr(('a,b,,c,').center(1, 'ab')))
except Exception as ex:
    print(309, type(ex).__name__, ex)
try:
    print(310, repr(('a/b/c').rsplit()))
except Exception as ex:
    print(310, type(ex).__name__, ex)
try:
    print(311, repr(('\tq\n').rstrip()))
except Exception as ex:
    print(311, type(ex).__name__, ex)
try:
    print(312, repr(('a,b,,c,').replace('abc', 'zz', -3)))
except Exception as ex:
    print(312, type(ex).__name__, ex)
try:
    print(313, repr(('a/b/c').find('zz', -1, 2)))
except Exception as ex:
    print(313, type(ex).__name__, ex)
try:
    print(314, repr(('\tq\n').join([1])))
except Exception as ex:
    print(314, type(ex).__name__, ex)
try:
    print(315, repr(('héllo wörld').index(':0', 2, None)))
except Exception as ex:
    print(315, type(ex).__name__, ex)
try:
    print(316, repr(('\tq\n').rstrip('b')))
except Exception as ex:
    print(316, type(ex).__name__, ex)
try:
    print(318, repr(('a/b/c').rstrip()))
except Exception as ex:
    print(318, type(ex).__name__, ex)
try:
    print(319, repr(('ab' * 3).rfind('abc', 5, 2)))
except Exception as ex:
    print(319, type(ex).__name__, ex)
try:
    print(320, repr(('héllo wörld').partition('/')))
except Exception as ex:
    print(320, type(ex).__name__, ex)
try:
    print(321, repr(('').rindex('')))
except Exception as ex:
    print(321, type(ex).__name__, ex)
try:
    print(322, repr(('a,b,,c,').index('abc')))
except Exception as ex:
    print(322, type(ex).__name__, ex)
try:
    print(323, repr(('a,b,,c,').rpartition('b')))
except Exception as ex:
    print(323, type(ex).__name__, ex)
try:
    print(324, repr(('a,b,,c,').split('b', 100)))
except Exception as ex:
    print(324, type(ex).__name__, ex)
try:
    print(325, repr(('layer_1/w:0').count('/', 2)))
except Exception as ex:
    print(325, type(ex).__name__, ex)
try:
    print(326, repr(('a,b,,c,').strip()))
except Exception as ex:
    print(326, type(ex).__name__, ex)
try:
    print(327, repr(('').startswith('abc', 2)))
except Exception as ex:
    print(327, type(ex).__name__, ex)
try:
    print(328, repr(('xXx').endswith('zz', 100)))
except Exception as ex:
    print(328, type(ex).__name__, ex)
try:
    print(329, repr(('//').center(100, 'é')))
except Exception as ex:
    print(329, type(ex).__name__, ex)
try:
    print(330, repr(('a,b,,c,').rindex(',', -3, None)))
except Exception as ex:
    print(330, type(ex).__name__, ex)
try:
    print(331, repr(('xXx').partition('  ')))
except Exception as ex:
    print(331, type(ex).__name__, ex)
try:
    print(332, repr(('a/b/c').zfill(-1)))
except Exception as ex:
    print(332, type(ex).__name__, ex)
try:
    print(333, repr(('a,b,,c,').zfill(5)))
except Exception as ex:
    print(333, type(ex).__name__, ex)
try:
    print(334, repr(('a/b/c').ljust(-3, 'ab')))
except Exception as ex:
    print(334, type(ex).__name__, ex)
try:
    print(335, repr(('  x y  ').rindex('x')))
except Exception as ex:
    print(335, type(ex).__name__, ex)
try:
    print(337, repr(('').ljust(-3)))
except Exception as ex:
    print(337, type(ex).__name__, ex)
try:
    print(338, repr(('a,b,,c,').rindex('abc')))
except Exception as ex:
    print(338, type(ex).__name__, ex)
try:
    print(339, repr(('//').index('b', 5, -1)))
except Exception as ex:
    print(339, type(ex).__name__, ex)
try:
    print(340, repr(('abcabc').rjust(2)))
except Exception as ex:
    print(340, type(ex).__name__, ex)
try:
    print(341, repr(('xXx').rsplit('  ')))
except Exception as ex:
    print(341, type(ex).__name__, ex)
try:
    print(343, repr(('abcabc').count(':0', -3, -3)))
except Exception as ex:
    print(343, type(ex).__name__, ex)
try:
    print(344, repr(('ab' * 3).startswith('/')))
except Exception as ex:
    print(344, type(ex).__name__, ex)
try:
    print(345, repr(('\tq\n').join([1])))
except Exception as ex:
    print(345, type(ex).__name__, ex)
try:
    print(346, repr(('layer_1/w:0').rsplit(':0')))
except Exception as ex:
    print(346, type(ex).__name__, ex)
try:
    print(347, repr(('xXx').strip(None)))
except Exception as ex:
    print(347, type(ex).__name__, ex)
try:
    print(348, repr(('layer_1/w:0').rpartition('')))
except Exception as ex:
    print(348, type(ex).__name__, ex)
try:
    print(349, repr(('//').rsplit()))
except Exception as ex:
    print(349, type(ex).__name__, ex)
try:
    print(350, repr(('héllo wörld').startswith('é', -3, -3)))
except Exception as ex:
    print(350, type(ex).__name__, ex)
try:
    print(351, repr(('layer_1/w:0').strip()))
except Exception as ex:
    print(351, type(ex).__name__, ex)
try:
    print(352, repr(('a,b,,c,').splitlines()))
except Exception as ex:
    print(352, type(ex).__name__, ex)
try:
    print(353, repr(('').rstrip('')))
except Exception as ex:
    print(353, type(ex).__name__, ex)
try:
    print(354, repr(('a,b,,c,').endswith(('a', 'x'))))
except Exception as ex:
    print(354, type(ex).__name__, ex)
try:
    print(355, repr(('').rsplit('b')))
except Exception as ex:
    print(355, type(ex).__name__, ex)
try:
    print(356, repr(('xXx').zfill(0)))
except Exception as ex:
    print(356, type(ex).__name__, ex)
try:
    print(357, repr(('layer_1/w:0').lstrip()))
except Exception as ex:
    print(357, type(ex).__name__, ex)
try:
    print(358, repr(('\tq\n').splitlines(False)))
except Exception as ex:
    print(358, type(ex).__name__, ex)
try:
    print(359, repr(('\tq\n').join(['a', 'b'])))
except Exception as ex:
    print(359, type(ex).__name__, ex)
try:
    print(360, repr(('layer_1/w:0').find('/')))
except Exception as ex:
    print(360, type(ex).__name__, ex)
try:
    print(361, repr(('xXx').ljust(1)))
except Exception as ex:
    print(361, type(ex).__name__, ex)
try:
    print(362, repr(('layer_1/w:0').endswith('b', 0)))
except Exception as ex:
    print(362, type(ex).__name__, ex)
try:
    print(363, repr(('\tq\n').zfill(-1)))
except Exception as ex:
    print(363, type(ex).__name__, ex)
try:
    print(364, repr(('  x y  ').rfind('', 100)))
except Exception as ex:
    print(364, type(ex).__name__, ex)
try:
    print(366, repr(('ab' * 3).partition('zz')))
except Exception as ex:
    print(366, type(ex).__name__, ex)
try:
    print(367, repr(('  x y  ').rfind('zz')))
except Exception as ex:
    print(367, type(ex).__name__, ex)
try:
    print(368, repr(('abcabc').rsplit()))
except Exception as ex:
    print(368, type(ex).__name__, ex)
try:
    print(369, repr(('\tq\n').replace('', 'zz', 100)))
except Exception as ex:
    print(369, type(ex).__name__, ex)
try:
    print(370, repr(('layer_1/w:0').rindex('zz')))
except Exception as ex:
    print(370, type(ex).__name__, ex)
try:
    print(371, repr(('abcabc').splitlines()))
except Exception as ex:
    print(371, type(ex).__name__, ex)
try:
    print(372, repr(('  x y  ').strip()))
except Exception as ex:
    print(372, type(ex).__name__, ex)
try:
    print(373, repr(('\tq\n').count('', 2, 1)))
except Exception as ex:
    print(373, type(ex).__name__, ex)
try:
    print(374, repr(('héllo wörld').center(1)))
except Exception as ex:
    print(374, type(ex).__name__, ex)
try:
    print(375, repr(('abcabc').rstrip('/')))
except Exception as ex:
    print(375, type(ex).__name__, ex)
try:
    print(376, repr(('a/b/c').replace('abc', 'x', -1)))
except Exception as ex:
    print(376, type(ex).__name__, ex)
try:
    print(377, repr(('xXx').endswith('/', -3, 1)))
except Exception as ex:
    print(377, type(ex).__name__, ex)
try:
    print(378, repr(('//').ljust(-3)))
except Exception as ex:
    print(378, type(ex).__name__, ex)
try:
    print(379, repr(('ab' * 3).lstrip('zz')))
except Exception as ex:
    print(379, type(ex).__name__, ex)
try:
    print(380, repr(('a,b,,c,').join(['a', 'b'])))
except Exception as ex:
    print(380, type(ex).__name__, ex)
try:
    print(381, repr(('xXx').rindex('zz', 2, -1)))
except Exception as ex:
    print(381, type(ex).__name__, ex)
try:
    print(382, repr(('a/b/c').rpartition('zz')))
except Exception as ex:
    print(382, type(ex).__name__, ex)
try:
    print(383, repr(('').center(1)))
except Exception as ex:
    print(383, type(ex).__name__, ex)
try:
    print(384, repr(('a,b,,c,').count('x', -1)))
except Exception as ex:
    print(384, type(ex).__name__, ex)
try:
    print(385, repr(('a,b,,c,').count('x')))
except Exception as ex:
    print(385, type(ex).__name__, ex)
try:
    print(386, repr(('héllo wörld').endswith('', 2)))
except Exception as ex:
    print(386, type(ex).__name__, ex)
try:
    print(387, repr(('ab' * 3).startswith('x', 0)))
except Exception as ex:
    print(387, type(ex).__name__, ex)
try:
    print(388, repr(('layer_1/w:0').split()))
except Exception as ex:
    print(388, type(ex).__name__, ex)
try:
    print(389, repr(('abcabc').endswith('é')))
except Exception as ex:
    print(389, type(ex).__name__, ex)
try:
    print(391, repr(('a/b/c').rsplit()))
except Exception as ex:
    print(391, type(ex).__name__, ex)
try:
    print(392, repr(('a/b/c').rstrip()))
except Exception as ex:
    print(392, type(ex).__name__, ex)
try:
    print(393, repr(('a,b,,c,').zfill(5)))
except Exception as ex:
    print(393, type(ex).__name__, ex)
try:
    print(394, repr(('xXx').split('/', 1)))
except Exception as ex:
    print(394, type(ex).__name__, ex)
try:
    print(395, repr(('a/b/c').count('b')))
except Exception as ex:
    print(395, type(ex).__name__, ex)
try:
    print(396, repr(('  x y  ').ljust(0, '*')))
except Exception as ex:
    print(396, type(ex).__name__, ex)
try:
    print(397, repr(('ab' * 3).endswith(('/',))))
except Exception as ex:
    print(397, type(ex).__name__, ex)
try:
    print(398, repr(('ab' * 3).find('/')))
except Exception as ex:
    print(398, type(ex).__name__, ex)
try:
    print(399, repr(('layer_1/w:0').rfind('é', None, 0)))
except Exception as ex:
    print(399, type(ex).__name__, ex)
try:
    print(400, repr(('\tq\n').zfill(100)))
except Exception as ex:
    print(400, type(ex).__name__, ex)
try:
    print(401, repr(('abcabc').strip()))
except Exception as ex:
    print(401, type(ex).__name__, ex)
try:
    print(402, repr(('abcabc').startswith('')))
except Exception as ex:
    print(402, type(ex).__name__, ex)
try:
    print(403, repr(('abcabc').find('abc', None)))
except Exception as ex:
    print(403, type(ex).__name__, ex)
try:
    print(404, repr(('a/b/c').startswith('zz', -1, 5)))
except Exception as ex:
    print(404, type(ex).__name__, ex)
try:
    print(405, repr(('a,b,,c,').replace(':0', ':0', 100)))
except Exception as ex:
    print(405, type(ex).__name__, ex)
try:
    print(406, repr(('//').rpartition('é')))
except Exception as ex:
    print(406, type(ex).__name__, ex)
try:
    print(407, repr(('a,b,,c,').splitlines(True)))
except Exception as ex:
    print(407, type(ex).__name__, ex)
try:
    print(408, repr(('//').rsplit('é')))
except Exception as ex:
    print(408, type(ex).__name__, ex)
try:
    print(409, repr(('\tq\n').replace(',', '  ', 5)))
except Exception as ex:
    print(409, type(ex).__name__, ex)
try:
    print(410, repr(('layer_1/w:0').ljust(-1, '*')))
except Exception as ex:
    print(410, type(ex).__name__, ex)
try:
    print(411, repr(('//').endswith(('/',), 100)))
except Exception as ex:
    print(411, type(ex).__name__, ex)
try:
    print(412, repr(('abcabc').rindex(':0', 1, 0)))
except Exception as ex:
    print(412, type(ex).__name__, ex)
try:
    print(413, repr(('  x y  ').rjust(2)))
except Exception as ex:
    print(413, type(ex).__name__, ex)
try:
    print(414, repr(('a,b,,c,').zfill(5)))
except Exception as ex:
    print(414, type(ex).__name__, ex)
try:
    print(415, repr(('\tq\n').index('/', 0, 2)))
except Exception as ex:
    print(415, type(ex).__name__, ex)
try:
    print(416, repr(('layer_1/w:0').startswith('', -1, None)))
except Exception as ex:
    print(416, type(ex).__name__, ex)
try:
    print(417, repr(('héllo wörld').find(',', -1, 1)))
except Exception as ex:
    print(417, type(ex).__name__, ex)
try:
    print(418, repr(('a,b,,c,').endswith('/')))
except Exception as ex:
    print(418, type(ex).__name__, ex)
try:
    print(419, repr(('\tq\n').count('/', 2)))
except Exception as ex:
    print(419, type(ex).__name__, ex)
try:
    print(420, repr(('abcabc').center(2, '*')))
except Exception as ex:
    print(420, type(ex).__name__, ex)
try:
    print(421, repr(('layer_1/w:0').endswith('  ', 2)))
except Exception as ex:
    print(421, type(ex).__name__, ex)
try:
    print(422, repr(('a,b,,c,').rfind('é', -1)))
except Exception as ex:
    print(422, type(ex).__name__, ex)
try:
    print(423, repr(('xXx').rindex('zz', -1)))
except Exception as ex:
    print(423, type(ex).__name__, ex)
try:
    print(424, repr(('xXx').rfind('', 0, 5)))
except Exception as ex:
    print(424, type(ex).__name__, ex)
try:
    print(425, repr(('layer_1/w:0').join(('q',))))
except Exception as ex:
    print(425, type(ex).__name__, ex)
try:
    print(426, repr(('héllo wörld').join(['a', 'b'])))
except Exception as ex:
    print(426, type(ex).__name__, ex)
try:
    print(428, repr(('héllo wörld').strip()))
except Exception as ex:
    print(428, type(ex).__name__, ex)
try:
    print(429, repr(('abcabc').join('xyz')))
except Exception as ex:
    print(429, type(ex).__name__, ex)
try:
    print(430, repr(('héllo wörld').rsplit()))
except Exception as ex:
    print(430, type(ex).__name__, ex)
try:
    print(431, repr(('\tq\n').center(-3, '*')))
except Exception as ex:
    print(431, type(ex).__name__, ex)
try:
    print(432, repr(('layer_1/w:0').join(['a', 'b'])))
except Exception as ex:
    print(432, type(ex).__name__, ex)
try:
    print(433, repr(('héllo wörld').rindex('  ', 2, 1)))
except Exception as ex:
    print(433, type(ex).__name__, ex)
try:
    print(434, repr(('  x y  ').startswith('é', -3)))
except Exception as ex:
    print(434, type(ex).__name__, ex)
try:
    print(435, repr(('//').count('  ', 0)))
except Exception as ex:
    print(435, type(ex).__name__, ex)
try:
    print(436, repr(('ab' * 3).split('zz', 5)))
except Exception as ex:
    print(436, type(ex).__name__, ex)
try:
    print(437, repr(('ab' * 3).rfind(',', 100)))
except Exception as ex:
    print(437, type(ex).__name__, ex)
try:
    print(438, repr(('ab' * 3).rpartition(',')))
except Exception as ex:
    print(438, type(ex).__name__, ex)
try:
    print(439, repr(('layer_1/w:0').startswith('/')))
except Exception as ex:
    print(439, type(ex).__name__, ex)
try:
    print(440, repr(('').join('xyz')))
except Exception as ex:
    print(440, type(ex).__name__, ex)
try:
    print(441, repr(('abcabc').find('x', -3, 5)))
except Exception as ex:
    print(441, type(ex).__name__, ex)
try:
    print(442, repr(('layer_1/w:0').rfind('abc', -1)))
except Exception as ex:
    print(442, type(ex).__name__, ex)
try:
    print(443, repr(('\tq\n').index('abc', None)))
except Exception as ex:
    print(443, type(ex).__name__, ex)
try:
    print(444, repr(('xXx').rjust(-1, 'ab')))
except Exception as ex:
    print(444, type(ex).__name__, ex)
try:
    print(445, repr(('héllo wörld').ljust(2, 'é')))
except Exception as ex:
    print(445, type(ex).__name__, ex)
try:
    print(446, repr(('a/b/c').rstrip()))
except Exception as ex:
    print(446, type(ex).__name__, ex)
try:
    print(447, repr(('xXx').index('x')))
except Exception as ex:
    print(447, type(ex).__name__, ex)
try:
    print(448, repr(('a,b,,c,').center(5)))
except Exception as ex:
    print(448, type(ex).__name__, ex)
try:
    print(449, repr(('a,b,,c,').rstrip('zz')))
except Exception as ex:
    print(449, type(ex).__name__, ex)
try:
    print(450, repr(('  x y  ').center(-3)))
except Exception as ex:
    print(450, type(ex).__name__, ex)
try:
    print(451, repr(('//').rjust(5, 'é')))
except Exception as ex:
    print(451, type(ex).__name__, ex)
try:
    print(452, repr(('abcabc').join(['a', 'b'])))
except Exception as ex:
    print(452, type(ex).__name__, ex)
try:
    print(453, repr(('').startswith('/', -3, 0)))
except Exception as ex:
    print(453, type(ex).__name__, ex)
try:
    print(454, repr(('\tq\n').partition(',')))
except Exception as ex:
    print(454, type(ex).__name__, ex)
try:
    print(455, repr(('abcabc').partition('zz')))
except Exception as ex:
    print(455, type(ex).__name__, ex)
try:
    print(456, repr(('a,b,,c,').rstrip('/')))
except Exception as ex:
    print(456, type(ex).__name__, ex)
try:
    print(457, repr(('  x y  ').rindex('/', 2)))
except Exception as ex:
    print(457, type(ex).__name__, ex)
try:
    print(458, repr(('layer_1/w:0').count('x')))
except Exception as ex:
    print(458, type(ex).__name__, ex)
try:
    print(459, repr(('  x y  ').zfill(100)))
except Exception as ex:
    print(459, type(ex).__name__, ex)
try:
    print(460, repr(('\tq\n').strip('zz')))
except Exception as ex:
    print(460, type(ex).__name__, ex)
try:
    print(461, repr(('').split()))
except Exception as ex:
    print(461, type(ex).__name__, ex)
try:
    print(462, repr(('a/b/c').replace('b', ',')))
except Exception as ex:
    print(462, type(ex).__name__, ex)
try:
    print(463, repr(('  x y  ').index(':0', 100)))
except Exception as ex:
    print(463, type(ex).__name__, ex)
try:
    print(464, repr(('layer_1/w:0').partition('x')))
except Exception as ex:
    print(464, type(ex).__name__, ex)
try:
    print(465, repr(('a/b/c').count('', None)))
except Exception as ex:
    print(465, type(ex).__name__, ex)
try:
    print(466, repr(('a,b,,c,').center(100, 'ab')))
except Exception as ex:
    print(466, type(ex).__name__, ex)
try:
    print(467, repr(('abcabc').partition(':0')))
except Exception as ex:
    print(467, type(ex).__name__, ex)
try:
    print(468, repr(('\tq\n').center(1, 'ab')))
except Exception as ex:
    print(468, type(ex).__name__, ex)
try:
    print(469, repr(('//').rstrip()))
except Exception as ex:
    print(469, type(ex).__name__, ex)
try:
    print(470, repr(('  x y  ').ljust(-1, 'é')))
except Exception as ex:
    print(470, type(ex).__name__, ex)
try:
    print(471, repr(('abcabc').zfill(0)))
except Exception as ex:
    print(471, type(ex).__name__, ex)
try:
    print(472, repr(('a/b/c').rfind('')))
except Exception as ex:
    print(472, type(ex).__name__, ex)
try:
    print(473, repr(('héllo wörld').endswith(':0', 2, 1)))
except Exception as ex:
    print(473, type(ex).__name__, ex)
try:
    print(474, repr(('a/b/c').ljust(-3, 'é')))
except Exception as ex:
    print(474, type(ex).__name__, ex)
try:
    print(475, repr(('héllo wörld').ljust(100)))
except Exception as ex:
    print(475, type(ex).__name__, ex)
try:
    print(477, repr(('xXx').center(2, 'ab')))
except Exception as ex:
    print(477, type(ex).__name__, ex)
try:
    print(478, repr(('xXx').strip('')))
except Exception as ex:
    print(478, type(ex).__name__, ex)
try:
    print(479, repr(('//').rpartition(',')))
except Exception as ex:
    print(479, type(ex).__name__, ex)
try:
    print(480, repr(('xXx').rstrip()))
except Exception as ex:
    print(480, type(ex).__name__, ex)
try:
    print(481, repr(('abcabc').join([1])))
except Exception as ex:
    print(481, type(ex).__name__, ex)
try:
    print(482, repr(('a,b,,c,').endswith('', -3)))
except Exception as ex:
    print(482, type(ex).__name__, ex)
try:
    print(483, repr(('héllo wörld').splitlines(True)))
except Exception as ex:
    print(483, type(ex).__name__, ex)
try:
    print(484, repr(('').lstrip()))
except Exception as ex:
    print(484, type(ex).__name__, ex)
try:
    print(485, repr(('ab' * 3).zfill(-1)))
except Exception as ex:
    print(485, type(ex).__name__, ex)
try:
    print(486, repr(('xXx').count('', -3)))
except Exception as ex:
    print(486, type(ex).__name__, ex)
try:
    print(487, repr(('ab' * 3).join([1])))
except Exception as ex:
    print(487, type(ex).__name__, ex)
try:
    print(488, repr(('a/b/c').split('  ', 5)))
except Exception as ex:
    print(488, type(ex).__name__, ex)
try:
    print(489, repr(('//').split(':0', 0)))
except Exception as ex:
    print(489, type(ex).__name__, ex)
try:
    print(490, repr(('a/b/c').rjust(1, 'é')))
except Exception as ex:
    print(490, type(ex).__name__, ex)
try:
    print(491, repr(('').join(('q',))))
except Exception as ex:
    print(491, type(ex).__name__, ex)
try:
    print(492, repr(('héllo wörld').index('/', None, 0)))
except Exception as ex:
    print(492, type(ex).__name__, ex)
try:
    print(493, repr(('a,b,,c,').rindex(':0')))
except Exception as ex:
    print(493, type(ex).__name__, ex)
try:
    print(494, repr(('\tq\n').rfind(':0', 5)))
except Exception as ex:
    print(494, type(ex).__name__, ex)
try:
    print(495, repr(('abcabc').find('/', 1)))
except Exception as ex:
    print(495, type(ex).__name__, ex)
try:
    print(496, repr(('  x y  ').partition('b')))
except Exception as ex:
    print(496, type(ex).__name__, ex)
try:
    print(497, repr(('abcabc').rstrip()))
except Exception as ex:
    print(497, type(ex).__name__, ex)
try:
    print(498, repr(('a,b,,c,').zfill(100)))
except Exception as ex:
    print(498, type(ex).__name__, ex)
try:
    print(499, repr(('//').splitlines()))
except Exception as ex:
    print(499, type(ex).__name__, ex)
try:
    print(0, repr(('abcabc').zfill(-1)))
except Exception as ex:
    print(0, type(ex).__name__, ex)
try:
    print(1, repr(('ab' * 3).center(-3)))
except Exception as ex:
    print(1, type(ex).__name__, ex)
try:
    print(2, repr(('layer_1/w:0').center(-3, '*')))
except Exception as ex:
    print(2, type(ex).__name__, ex)
try:
    print(3, repr(('abcabc').center(2, 'ab')))
except Exception as ex:
    print(3, type(ex).__name__, ex)
try:
    print(4, repr(('').replace('', '  ', 2)))
except Exception as ex:
    print(4, type(ex).__name__, ex)
try:
    print(5, repr(('layer_1/w:0').find('zz')))
except Exception as ex:
    print(5, type(ex).__name__, ex)
try:
    print(6, repr(('layer_1/w:0').endswith('abc')))
except Exception as ex:
    print(6, type(ex).__name__, ex)
try:
    print(7, repr(('//').join(('q',))))
except Exception as ex:
    print(7, type(ex).__name__, ex)
try:
    print(8, repr(('a,b,,c,').zfill(1)))
except Exception as ex:
    print(8, type(ex).__name__, ex)
try:
    print(9, repr(('héllo wörld').rfind('')))
except Exception as ex:
    print(9, type(ex).__name__, ex)
try:
    print(10, repr(('//').count(',', -3)))
except Exception as ex:
    print(10, type(ex).__name__, ex)
try:
    print(11, repr(('a,b,,c,').ljust(-3, 'é')))
except Exception as ex:
    print(11, type(ex).__name__, ex)
try:
    print(12, repr(('xXx').zfill(-3)))
except Exception as ex:
    print(12, type(ex).__name__, ex)
try:
    print(13, repr(('abcabc').strip()))
except Exception as ex:
    print(13, type(ex).__name__, ex)
try:
    print(14, repr(('  x y  ').join([])))
except Exception as ex:
    print(14, type(ex).__name__, ex)
try:
    print(15, repr(('xXx').zfill(5)))
except Exception as ex:
    print(15, type(ex).__name__, ex)
try:
    print(16, repr(('\tq\n').count('zz', -3, -3)))
except Exception as ex:
    print(16, type(ex).__name__, ex)
try:
    print(17, repr(('a/b/c').find('é', 1)))
except Exception as ex:
    print(17, type(ex).__name__, ex)
try:
    print(18, repr(('héllo wörld').find('', 0)))
except Exception as ex:
    print(18, type(ex).__name__, ex)
try:
    print(19, repr(('  x y  ').partition('b')))
except Exception as ex:
    print(19, type(ex).__name__, ex)
try:
    print(20, repr(('layer_1/w:0').join(('q',))))
except Exception as ex:
    print(20, type(ex).__name__, ex)
try:
    print(21, repr(('ab' * 3).strip('  ')))
except Exception as ex:
    print(21, type(ex).__name__, ex)
try:
    print(22, repr(('abcabc').rsplit('/')))
except Exception as ex:
    print(22, type(ex).__name__, ex)
try:
    print(23, repr(('a/b/c').rfind('  ', 0, 2)))
except Exception as ex:
    print(23, type(ex).__name__, ex)
try:
    print(24, repr(('a,b,,c,').endswith('abc', -1, 0)))
except Exception as ex:
    print(24, type(ex).__name__, ex)
try:
    print(25, repr(('héllo wörld').strip('')))
except Exception as ex:
    print(25, type(ex).__name__, ex)
try:
    print(26, repr(('a,b,,c,').rstrip('  ')))
except Exception as ex:
    print(26, type(ex).__name__, ex)
try:
    print(27, repr(('a,b,,c,').splitlines()))
except Exception as ex:
    print(27, type(ex).__name__, ex)
try:
    print(28, repr(('ab' * 3).ljust(2, 'ab')))
except Exception as ex:
    print(28, type(ex).__name__, ex)
try:
    print(29, repr(('abcabc').endswith('abc', -3)))
except Exception as ex:
    print(29, type(ex).__name__, ex)
try:
    print(30, repr(('xXx').strip()))
except Exception as ex:
    print(30, type(ex).__name__, ex)
try:
    print(31, repr(('a,b,,c,').zfill(0)))
except Exception as ex:
    print(31, type(ex).__name__, ex)
try:
    print(32, repr(('a,b,,c,').join(['a', 'b'])))
except Exception as ex:
    print(32, type(ex).__name__, ex)
try:
    print(33, repr(('\tq\n').splitlines(False)))
except Exception as ex:
    print(33, type(ex).__name__, ex)
try:
    print(34, repr(('héllo wörld').lstrip('é')))
except Exception as ex:
    print(34, type(ex).__name__, ex)
try:
    print(35, repr(('layer_1/w:0').zfill(5)))
except Exception as ex:
    print(35, type(ex).__name__, ex)
try:
    print(36, repr(('layer_1/w:0').lstrip(None)))
except Exception as ex:
    print(36, type(ex).__name__, ex)
try:
    print(37, repr(('//').endswith('zz', 5, -1)))
except Exception as ex:
    print(37, type(ex).__name__, ex)
try:
    print(38, repr(('héllo wörld').rindex('x', -3)))
except Exception as ex:
    print(38, type(ex).__name__, ex)
try:
    print(39, repr(('  x y  ').rstrip()))
except Exception as ex:
    print(39, type(ex).__name__, ex)
try:
    print(40, repr(('layer_1/w:0').zfill(-1)))
except Exception as ex:
    print(40, type(ex).__name__, ex)
try:
    print(41, repr(('xXx').replace('abc', ':0', -1)))
except Exception as ex:
    print(41, type(ex).__name__, ex)
try:
    print(42, repr(('').partition('b')))
except Exception as ex:
    print(42, type(ex).__name__, ex)
try:
    print(43, repr(('ab' * 3).strip(None)))
except Exception as ex:
    print(43, type(ex).__name__, ex)
try:
    print(44, repr(('abcabc').rpartition('b')))
except Exception as ex:
    print(44, type(ex).__name__, ex)
try:
    print(45, repr(('héllo wörld').splitlines()))
except Exception as ex:
    print(45, type(ex).__name__, ex)
try:
    print(46, repr(('ab' * 3).rpartition(':0')))
except Exception as ex:
    print(46, type(ex).__name__, ex)
try:
    print(47, repr(('a/b/c').rsplit(':0', -1)))
except Exception as ex:
    print(47, type(ex).__name__, ex)
try:
    print(48, repr(('ab' * 3).rindex('x', 1)))
except Exception as ex:
    print(48, type(ex).__name__, ex)
try:
    print(49, repr(('ab' * 3).lstrip()))
except Exception as ex:
    print(49, type(ex).__name__, ex)
try:
    print(50, repr(('a,b,,c,').endswith('abc', None, 5)))
except Exception as ex:
    print(50, type(ex).__name__, ex)
try:
    print(51, repr(('\tq\n').partition(',')))
except Exception as ex:
    print(51, type(ex).__name__, ex)
try:
    print(52, repr(('ab' * 3).partition(',')))
except Exception as ex:
    print(52, type(ex).__name__, ex)
try:
    print(53, repr(('').count('é')))
except Exception as ex:
    print(53, type(ex).__name__, ex)
try:
    print(54, repr(('ab' * 3).ljust(-3, 'ab')))
except Exception as ex:
    print(54, type(ex).__name__, ex)
try:
    print(55, repr(('abcabc').rsplit('é', 100)))
except Exception as ex:
    print(55, type(ex).__name__, ex)
try:
    print(56, repr(('\tq\n').ljust(-3, 'é')))
except Exception as ex:
    print(56, type(ex).__name__, ex)
try:
    print(57, repr(('abcabc').find('abc', 1, 2)))
except Exception as ex:
    print(57, type(ex).__name__, ex)
try:
    print(58, repr(('layer_1/w:0').rsplit('  ', 1)))
except Exception as ex:
    print(58, type(ex).__name__, ex)
try:
    print(59, repr(('a,b,,c,').zfill(0)))
except Exception as ex:
    print(59, type(ex).__name__, ex)
try:
    print(60, repr(('//').rfind('  ')))
except Exception as ex:
    print(60, type(ex).__name__, ex)
try:
    print(61, repr(('  x y  ').replace('/', '  ', -3)))
except Exception as ex:
    print(61, type(ex).__name__, ex)
try:
    print(62, repr(('a,b,,c,').rsplit('b', -1)))
except Exception as ex:
    print(62, type(ex).__name__, ex)
try:
    print(63, repr(('').startswith('é', 0, 5)))
except Exception as ex:
    print(63, type(ex).__name__, ex)
try:
    print(64, repr(('abcabc').count('  ')))
except Exception as ex:
    print(64, type(ex).__name__, ex)
try:
    print(65, repr(('a/b/c').rindex('abc')))
except Exception as ex:
    print(65, type(ex).__name__, ex)
try:
    print(66, repr(('').split(None)))
except Exception as ex:
    print(66, type(ex).__name__, ex)
try:
    print(67, repr(('ab' * 3).rstrip()))
except Exception as ex:
    print(67, type(ex).__name__, ex)
try:
    print(68, repr(('  x y  ').replace('zz', '  ')))
except Exception as ex:
    print(68, type(ex).__name__, ex)
try:
    print(69, repr(('xXx').partition('é')))
except Exception as ex:
    print(69, type(ex).__name__, ex)
try:
    print(70, repr(('héllo wörld').split()))
except Exception as ex:
    print(70, type(ex).__name__, ex)
try:
    print(71, repr(('').rsplit()))
except Exception as ex:
    print(71, type(ex).__name__, ex)
try:
    print(72, repr(('layer_1/w:0').find('/', 1)))
except Exception as ex:
    print(72, type(ex).__name__, ex)
try:
    print(73, repr(('xXx').ljust(-1, '*')))
except Exception as ex:
    print(73, type(ex).__name__, ex)
try:
    print(74, repr(('héllo wörld').find(',', 100)))
except Exception as ex:
    print(74, type(ex).__name__, ex)
try:
    print(75, repr(('ab' * 3).endswith('abc', 2)))
except Exception as ex:
    print(75, type(ex).__name__, ex)
try:
    print(76, repr(('héllo wörld').partition('')))
except Exception as ex:
    print(76, type(ex).__name__, ex)
try:
    print(77, repr(('xXx').split(',', 100)))
except Exception as ex:
    print(77, type(ex).__name__, ex)
try:
    print(78, repr(('a/b/c').zfill(0)))
except Exception as ex:
    print(78, type(ex).__name__, ex)
try:
    print(79, repr(('héllo wörld').rpartition('/')))
except Exception as ex:
    print(79, type(ex).__name__, ex)
try:
    print(80, repr(('ab' * 3).partition('x')))
except Exception as ex:
    print(80, type(ex).__name__, ex)
try:
    print(81, repr(('\tq\n').center(2, 'ab')))
except Exception as ex:
    print(81, type(ex).__name__, ex)
try:
    print(82, repr(('a,b,,c,').rpartition(':0')))
except Exception as ex:
    print(82, type(ex).__name__, ex)
try:
    print(83, repr(('abcabc').rjust(5, 'ab')))
except Exception as ex:
    print(83, type(ex).__name__, ex)
try:
    print(84, repr(('a/b/c').partition(',')))
except Exception as ex:
    print(84, type(ex).__name__, ex)
try:
    print(85, repr(('').split('x')))
except Exception as ex:
    print(85, type(ex).__name__, ex)
try:
    print(86, repr(('xXx').startswith('é')))
except Exception as ex:
    print(86, type(ex).__name__, ex)
try:
    print(87, repr(('a/b/c').ljust(5, '*')))
except Exception as ex:
    print(87, type(ex).__name__, ex)
try:
    print(88, repr(('héllo wörld').zfill(100)))
except Exception as ex:
    print(88, type(ex).__name__, ex)
try:
    print(89, repr(('ab' * 3).split('')))
except Exception as ex:
    print(89, type(ex).__name__, ex)
try:
    print(90, repr(('abcabc').rstrip()))
except Exception as ex:
    print(90, type(ex).__name__, ex)
try:
    print(91, repr(('xXx').find('b', 100, -1)))
except Exception as ex:
    print(91, type(ex).__name__, ex)
try:
    print(92, repr(('layer_1/w:0').strip()))
except Exception as ex:
    print(92, type(ex).__name__, ex)
try:
    print(93, repr(('layer_1/w:0').rfind('é', -3, -3)))
except Exception as ex:
    print(93, type(ex).__name__, ex)
try:
    print(94, repr(('a/b/c').rsplit('  ', -3)))
except Exception as ex:
    print(94, type(ex).__name__, ex)
try:
    print(95, repr(('abcabc').rfind('b', 0, 5)))
except Exception as ex:
    print(95, type(ex).__name__, ex)
try:
    print(96, repr(('ab' * 3).rindex(':0')))
except Exception as ex:
    print(96, type(ex).__name__, ex)
try:
    print(97, repr(('').splitlines()))
except Exception as ex:
    print(97, type(ex).__name__, ex)
try:
    print(98, repr(('//').join([])))
except Exception as ex:
    print(98, type(ex).__name__, ex)
try:
    print(99, repr(('héllo wörld').join([])))
except Exception as ex:
    print(99, type(ex).__name__, ex)
try:
    print(100, repr(('xXx').partition(',')))
except Exception as ex:
    print(100, type(ex).__name__, ex)
try:
    print(101, repr(('xXx').replace('', ',')))
except Exception as ex:
    print(101, type(ex).__name__, ex)
try:
    print(102, repr(('ab' * 3).zfill(1)))
except Exception as ex:
    print(102, type(ex).__name__, ex)
try:
    print(103, repr(('\tq\n').rstrip()))
except Exception as ex:
    print(103, type(ex).__name__, ex)
try:
    print(104, repr(('').rfind('é', None)))
except Exception as ex:
    print(104, type(ex).__name__, ex)
try:
    print(105, repr(('ab' * 3).rindex('abc')))
except Exception as ex:
    print(105, type(ex).__name__, ex)
try:
    print(106, repr(('abcabc').index('  ', 5, 2)))
except Exception as ex:
    print(106, type(ex).__name__, ex)
try:
    print(107, repr(('xXx').endswith(('/',), 100, -3)))
except Exception as ex:
    print(107, type(ex).__name__, ex)
try:
    print(108, repr(('abcabc').endswith('abc')))
except Exception as ex:
    print(108, type(ex).__name__, ex)
try:
    print(109, repr(('//').rstrip()))
except Exception as ex:
    print(109, type(ex).__name__, ex)
try:
    print(110, repr(('').zfill(1)))
except Exception as ex:
    print(110, type(ex).__name__, ex)
try:
    print(111, repr(('héllo wörld').center(2)))
except Exception as ex:
    print(111, type(ex).__name__, ex)
try:
    print(112, repr(('//').join(('q',))))
except Exception as ex:
    print(112, type(ex).__name__, ex)
try:
    print(113, repr(('ab' * 3).splitlines()))
except Exception as ex:
    print(113, type(ex).__name__, ex)
try:
    print(114, repr(('//').find('/', None)))
except Exception as ex:
    print(114, type(ex).__name__, ex)
try:
    print(115, repr(('abcabc').replace('b', ':0', 100)))
except Exception as ex:
    print(115, type(ex).__name__, ex)
try:
    print(117, repr(('').rindex('/', -3, -1)))
except Exception as ex:
    print(117, type(ex).__name__, ex)
try:
    print(118, repr(('layer_1/w:0').strip()))
except Exception as ex:
    print(118, type(ex).__name__, ex)
try:
    print(119, repr(('a,b,,c,').find('b', 1, 1)))
except Exception as ex:
    print(119, type(ex).__name__, ex)
try:
    print(120, repr(('  x y  ').endswith('x')))
except Exception as ex:
    print(120, type(ex).__name__, ex)
try:
    print(121, repr(('//').zfill(0)))
except Exception as ex:
    print(121, type(ex).__name__, ex)
try:
    print(122, repr(('layer_1/w:0').strip(',')))
except Exception as ex:
    print(122, type(ex).__name__, ex)
try:
    print(123, repr(('a,b,,c,').center(1)))
except Exception as ex:
    print(123, type(ex).__name__, ex)
try:
    print(124, repr(('\tq\n').zfill(2)))
except Exception as ex:
    print(124, type(ex).__name__, ex)
try:
    print(125, repr(('').rjust(0, 'é')))
except Exception as ex:
    print(125, type(ex).__name__, ex)
try:
    print(126, repr(('a/b/c').partition('é')))
except Exception as ex:
    print(126, type(ex).__name__, ex)
try:
    print(127, repr(('xXx').startswith('  ')))
except Exception as ex:
    print(127, type(ex).__name__, ex)
try:
    print(128, repr(('héllo wörld').lstrip('abc')))
except Exception as ex:
    print(128, type(ex).__name__, ex)
try:
    print(129, repr(('\tq\n').splitlines(True)))
except Exception as ex:
    print(129, type(ex).__name__, ex)
try:
    print(130, repr(('héllo wörld').zfill(5)))
except Exception as ex:
    print(130, type(ex).__name__, ex)
try:
    print(131, repr(('//').ljust(0, 'ab')))
except Exception as ex:
    print(131, type(ex).__name__, ex)
try:
    print(132, repr(('  x y  ').zfill(5)))
except Exception as ex:
    print(132, type(ex).__name__, ex)
try:
    print(133, repr(('\tq\n').splitlines()))
except Exception as ex:
    print(133, type(ex).__name__, ex)
try:
    print(134, repr(('').lstrip('b')))
except Exception as ex:
    print(134, type(ex).__name__, ex)
try:
    print(135, repr(('a/b/c').rjust(-1)))
except Exception as ex:
    print(135, type(ex).__name__, ex)
try:
    print(136, repr(('\tq\n').splitlines(False)))
except Exception as ex:
    print(136, type(ex).__name__, ex)
try:
    print(137, repr(('\tq\n').rindex('é', -3)))
except Exception as ex:
    print(137, type(ex).__name__, ex)
try:
    print(138, repr(('').find('')))
except Exception as ex:
    print(138, type(ex).__name__, ex)
try:
    print(139, repr(('xXx').rjust(-1, '*')))
except Exception as ex:
    print(139, type(ex).__name__, ex)
try:
    print(140, repr(('  x y  ').startswith('/', -1)))
except Exception as ex:
    print(140, type(ex).__name__, ex)
try:
    print(141, repr(('layer_1/w:0').center(1, 'ab')))
except Exception as ex:
    print(141, type(ex).__name__, ex)
try:
    print(142, repr(('xXx').lstrip(',')))
except Exception as ex:
    print(142, type(ex).__name__, ex)
try:
    print(143, repr(('//').rjust(-1)))
except Exception as ex:
    print(143, type(ex).__name__, ex)
try:
    print(144, repr(('//').rfind('abc')))
except Exception as ex:
    print(144, type(ex).__name__, ex)
try:
    print(145, repr(('ab' * 3).rfind('b', 1, -1)))
except Exception as ex:
    print(145, type(ex).__name__, ex)
try:
    print(146, repr(('abcabc').zfill(5)))
except Exception as ex:
    print(146, type(ex).__name__, ex)
try:
    print(147, repr(('a,b,,c,').index('zz', -1, 100)))
except Exception as ex:
    print(147, type(ex).__name__, ex)
try:
    print(148, repr(('abcabc').rjust(-3)))
except Exception as ex:
    print(148, type(ex).__name__, ex)
try:
    print(149, repr(('').count('x', -3)))
except Exception as ex:
    print(149, type(ex).__name__, ex)
try:
    print(150, repr(('layer_1/w:0').rpartition(',')))
except Exception as ex:
    print(150, type(ex).__name__, ex)
try:
    print(151, repr(('héllo wörld').rjust(5, 'é')))
except Exception as ex:
    print(151, type(ex).__name__, ex)
try:
    print(152, repr(('xXx').endswith('é', 0, 2)))
except Exception as ex:
    print(152, type(ex).__name__, ex)
try:
    print(153, repr(('\tq\n').split()))
except Exception as ex:
    print(153, type(ex).__name__, ex)
try:
    print(154, repr(('\tq\n').replace('', '  ')))
except Exception as ex:
    print(154, type(ex).__name__, ex)
try:
    print(155, repr(('\tq\n').rpartition(':0')))
except Exception as ex:
    print(155, type(ex).__name__, ex)
try:
    print(156, repr(('xXx').count('  ')))
except Exception as ex:
    print(156, type(ex).__name__, ex)
try:
    print(157, repr(('\tq\n').rpartition('zz')))
except Exception as ex:
    print(157, type(ex).__name__, ex)
try:
    print(158, repr(('  x y  ').index('é')))
except Exception as ex:
    print(158, type(ex).__name__, ex)
try:
    print(159, repr(('a/b/c').join(['a', 'b'])))
except Exception as ex:
    print(159, type(ex).__name__, ex)
try:
    print(160, repr(('héllo wörld').join([1])))
except Exception as ex:
    print(160, type(ex).__name__, ex)
try:
    print(161, repr(('a/b/c').center(-1)))
except Exception as ex:
    print(161, type(ex).__name__, ex)
try:
    print(162, repr(('héllo wörld').strip('')))
except Exception as ex:
    print(162, type(ex).__name__, ex)
try:
    print(163, repr(('a/b/c').join(['a', 'b'])))
except Exception as ex:
    print(163, type(ex).__name__, ex)
try:
    print(164, repr(('héllo wörld').count(':0')))
except Exception as ex:
    print(164, type(ex).__name__, ex)
try:
    print(165, repr(('a,b,,c,').replace('x', 'b')))
except Exception as ex:
    print(165, type(ex).__name__, ex)
try:
    print(166, repr(('layer_1/w:0').partition(':0')))
except Exception as ex:
    print(166, type(ex).__name__, ex)
try:
    print(167, repr(('').rstrip('é')))
except Exception as ex:
    print(167, type(ex).__name__, ex)
try:
    print(168, repr(('a/b/c').rjust(1, 'ab')))
except Exception as ex:
    print(168, type(ex).__name__, ex)
try:
    print(169, repr(('//').endswith('é')))
except Exception as ex:
    print(169, type(ex).__name__, ex)
try:
    print(170, repr(('//').rstrip('')))
except Exception as ex:
    print(170, type(ex).__name__, ex)
try:
    print(171, repr(('//').rsplit('abc', -1)))
except Exception as ex:
    print(171, type(ex).__name__, ex)
try:
    print(172, repr(('héllo wörld').rpartition('zz')))
except Exception as ex:
    print(172, type(ex).__name__, ex)
try:
    print(174, repr(('  x y  ').lstrip()))
except Exception as ex:
    print(174, type(ex).__name__, ex)
try:
    print(175, repr(('//').rjust(1)))
except Exception as ex:
    print(175, type(ex).__name__, ex)
try:
    print(176, repr(('abcabc').split()))
except Exception as ex:
    print(176, type(ex).__name__, ex)
try:
    print(177, repr(('ab' * 3).rstrip()))
except Exception as ex:
    print(177, type(ex).__name__, ex)
try:
    print(178, repr(('\tq\n').split()))
except Exception as ex:
    print(178, type(ex).__name__, ex)
try:
    print(179, repr(('a/b/c').join(('q',))))
except Exception as ex:
    print(179, type(ex).__name__, ex)
try:
    print(180, repr(('//').rindex('/')))
except Exception as ex:
    print(180, type(ex).__name__, ex)
try:
    print(181, repr(('a,b,,c,').rpartition(',')))
except Exception as ex:
    print(181, type(ex).__name__, ex)
try:
    print(182, repr(('layer_1/w:0').rsplit()))
except Exception as ex:
    print(182, type(ex).__name__, ex)
try:
    print(183, repr(('a,b,,c,').rsplit('é')))
except Exception as ex:
    print(183, type(ex).__name__, ex)
try:
    print(185, repr(('a,b,,c,').center(1)))
except Exception as ex:
    print(185, type(ex).__name__, ex)
try:
    print(186, repr(('héllo wörld').join([])))
except Exception as ex:
    print(186, type(ex).__name__, ex)
try:
    print(187, repr(('a/b/c').join([])))
except Exception as ex:
    print(187, type(ex).__name__, ex)
try:
    print(188, repr(('  x y  ').rpartition('é')))
except Exception as ex:
    print(188, type(ex).__name__, ex)
try:
    print(189, repr(('abcabc').rjust(0, 'é')))
except Exception as ex:
    print(189, type(ex).__name__, ex)
try:
    print(190, repr(('\tq\n').lstrip('b')))
except Exception as ex:
    print(190, type(ex).__name__, ex)
try:
    print(191, repr(('layer_1/w:0').partition('zz')))
except Exception as ex:
    print(191, type(ex).__name__, ex)
try:
    print(192, repr(('ab' * 3).split()))
except Exception as ex:
    print(192, type(ex).__name__, ex)
try:
    print(193, repr(('layer_1/w:0').find('')))
except Exception as ex:
    print(193, type(ex).__name__, ex)
try:
    print(194, repr(('xXx').rsplit('/')))
except Exception as ex:
    print(194, type(ex).__name__, ex)
try:
    print(195, repr(('abcabc').splitlines(True)))
except Exception as ex:
    print(195, type(ex).__name__, ex)
try:
    print(196, repr(('//').strip('x')))
except Exception as ex:
    print(196, type(ex).__name__, ex)
try:
    print(197, repr(('\tq\n').rsplit('abc')))
except Exception as ex:
    print(197, type(ex).__name__, ex)
try:
    print(198, repr(('ab' * 3).splitlines(True)))
except Exception as ex:
    print(198, type(ex).__name__, ex)
try:
    print(199, repr(('  x y  ').rindex('b', 100)))
except Exception as ex:
    print(199, type(ex).__name__, ex)
try:
    print(200, repr(('xXx').strip('')))
except Exception as ex:
    print(200, type(ex).__name__, ex)
try:
    print(201, repr(('a,b,,c,').rjust(1, 'é')))
except Exception as ex:
    print(201, type(ex).__name__, ex)
try:
    print(202, repr(('a,b,,c,').rpartition('é')))
except Exception as ex:
    print(202, type(ex).__name__, ex)
try:
    print(203, repr(('//').lstrip('')))
except Exception as ex:
    print(203, type(ex).__name__, ex)
try:
    print(204, repr(('xXx').join(('q',))))
except Exception as ex:
    print(204, type(ex).__name__, ex)
try:
    print(205, repr(('layer_1/w:0').index('/')))
except Exception as ex:
    print(205, type(ex).__name__, ex)
try:
    print(206, repr(('//').find('b', 5, 2)))
except Exception as ex:
    print(206, type(ex).__name__, ex)
try:
    print(207, repr(('ab' * 3).splitlines()))
except Exception as ex:
    print(207, type(ex).__name__, ex)
try:
    print(208, repr(('ab' * 3).rsplit('é')))
except Exception as ex:
    print(208, type(ex).__name__, ex)
try:
    print(209, repr(('\tq\n').strip('/')))
except Exception as ex:
    print(209, type(ex).__name__, ex)
try:
    print(210, repr(('a/b/c').count('b', 5)))
except Exception as ex:
    print(210, type(ex).__name__, ex)
try:
    print(211, repr(('ab' * 3).endswith('é')))
except Exception as ex:
    print(211, type(ex).__name__, ex)
try:
    print(212, repr(('a/b/c').splitlines()))
except Exception as ex:
    print(212, type(ex).__name__, ex)
try:
    print(213, repr(('abcabc').rsplit()))
except Exception as ex:
    print(213, type(ex).__name__, ex)
try:
    print(214, repr(('\tq\n').index('/', 1, 2)))
except Exception as ex:
    print(214, type(ex).__name__, ex)
try:
    print(215, repr(('  x y  ').count('  ')))
except Exception as ex:
    print(215, type(ex).__name__, ex)
try:
    print(216, repr(('xXx').partition('  ')))
except Exception as ex:
    print(216, type(ex).__name__, ex)
try:
    print(217, repr(('abcabc').rpartition('zz')))
except Exception as ex:
    print(217, type(ex).__name__, ex)
try:
    print(218, repr(('a/b/c').rsplit()))
except Exception as ex:
    print(218, type(ex).__name__, ex)
try:
    print(219, repr(('ab' * 3).split()))
except Exception as ex:
    print(219, type(ex).__name__, ex)
try:
    print(220, repr(('abcabc').startswith('b')))
except Exception as ex:
    print(220, type(ex).__name__, ex)
try:
    print(221, repr(('//').rstrip()))
except Exception as ex:
    print(221, type(ex).__name__, ex)
try:
    print(222, repr(('\tq\n').join(('q',))))
except Exception as ex:
    print(222, type(ex).__name__, ex)
try:
    print(223, repr(('\tq\n').lstrip('zz')))
except Exception as ex:
    print(223, type(ex).__name__, ex)
try:
    print(224, repr(('\tq\n').rpartition('abc')))
except Exception as ex:
    print(224, type(ex).__name__, ex)
try:
    print(225, repr(('ab' * 3).rpartition(':0')))
except Exception as ex:
    print(225, type(ex).__name__, ex)
try:
    print(226, repr(('a/b/c').rjust(2)))
except Exception as ex:
    print(226, type(ex).__name__, ex)
try:
    print(227, repr(('  x y  ').splitlines()))
except Exception as ex:
    print(227, type(ex).__name__, ex)
try:
    print(228, repr(('héllo wörld').lstrip()))
except Exception as ex:
    print(228, type(ex).__name__, ex)
try:
    print(229, repr(('//').find('x', 100, 1)))
except Exception as ex:
    print(229, type(ex).__name__, ex)
try:
    print(230, repr(('ab' * 3).ljust(1)))
except Exception as ex:
    print(230, type(ex).__name__, ex)
try:
    print(231, repr(('héllo wörld').rsplit(':0')))
except Exception as ex:
    print(231, type(ex).__name__, ex)
try:
    print(232, repr(('a,b,,c,').rpartition('abc')))
except Exception as ex:
    print(232, type(ex).__name__, ex)
try:
    print(233, repr(('abcabc').strip()))
except Exception as ex:
    print(233, type(ex).__name__, ex)
try:
    print(234, repr(('abcabc').count('zz', None, 100)))
except Exception as ex:
    print(234, type(ex).__name__, ex)
try:
    print(235, repr(('héllo wörld').count(',', None, 100)))
except Exception as ex:
    print(235, type(ex).__name__, ex)
try:
    print(236, repr(('//').zfill(-1)))
except Exception as ex:
    print(236, type(ex).__name__, ex)
try:
    print(237, repr(('layer_1/w:0').rindex('/')))
except Exception as ex:
    print(237, type(ex).__name__, ex)
try:
    print(238, repr(('').endswith('  ', 0, None)))
except Exception as ex:
    print(238, type(ex).__name__, ex)
try:
    print(239, repr(('layer_1/w:0').count(':0', -3, None)))
except Exception as ex:
    print(239, type(ex).__name__, ex)
try:
    print(240, repr(('a,b,,c,').rsplit('é')))
except Exception as ex:
    print(240, type(ex).__name__, ex)
try:
    print(241, repr(('abcabc').endswith('b')))
except Exception as ex:
    print(241, type(ex).__name__, ex)
try:
    print(242, repr(('//').endswith('é', 1)))
except Exception as ex:
    print(242, type(ex).__name__, ex)
try:
    print(243, repr(('abcabc').index('abc', 100)))
except Exception as ex:
    print(243, type(ex).__name__, ex)
try:
    print(244, repr(('\tq\n').lstrip()))
except Exception as ex:
    print(244, type(ex).__name__, ex)
try:
    print(245, repr(('a,b,,c,').endswith('é', 2)))
except Exception as ex:
    print(245, type(ex).__name__, ex)
try:
    print(246, repr(('héllo wörld').endswith('/', None)))
except Exception as ex:
    print(246, type(ex).__name__, ex)
try:
    print(247, repr(('héllo wörld').lstrip(':0')))
except Exception as ex:
    print(247, type(ex).__name__, ex)
try:
    print(248, repr(('xXx').split()))
except Exception as ex:
    print(248, type(ex).__name__, ex)
try:
    print(249, repr(('').splitlines()))
except Exception as ex:
    print(249, type(ex).__name__, ex)
try:
    print(250, repr(('xXx').split()))
except Exception as ex:
    print(250, type(ex).__name__, ex)
try:
    print(251, repr(('layer_1/w:0').split()))
except Exception as ex:
    print(251, type(ex).__name__, ex)
try:
    print(252, repr(('//').lstrip('  ')))
except Exception as ex:
    print(252, type(ex).__name__, ex)
try:
    print(253, repr(('layer_1/w:0').center(1)))
except Exception as ex:
    print(253, type(ex).__name__, ex)
try:
    print(254, repr(('layer_1/w:0').startswith('x', 0)))
except Exception as ex:
    print(254, type(ex).__name__, ex)
try:
    print(255, repr(('ab' * 3).rjust(2)))
except Exception as ex:
    print(255, type(ex).__name__, ex)
try:
    print(256, repr(('  x y  ').startswith(('a', 'x'))))
except Exception as ex:
    print(256, type(ex).__name__, ex)
try:
    print(257, repr(('//').partition('x')))
except Exception as ex:
    print(257, type(ex).__name__, ex)
try:
    print(258, repr(('layer_1/w:0').split('/')))
except Exception as ex:
    print(258, type(ex).__name__, ex)
try:
    print(259, repr(('\tq\n').rindex(':0', -1, 100)))
except Exception as ex:
    print(259, type(ex).__name__, ex)
try:
    print(260, repr(('xXx').strip()))
except Exception as ex:
    print(260, type(ex).__name__, ex)
try:
    print(261, repr(('  x y  ').split()))
except Exception as ex:
    print(261, type(ex).__name__, ex)
try:
    print(262, repr(('layer_1/w:0').split(None)))
except Exception as ex:
    print(262, type(ex).__name__, ex)
try:
    print(263, repr(('layer_1/w:0').rpartition('  ')))
except Exception as ex:
    print(263, type(ex).__name__, ex)
try:
    print(264, repr(('\tq\n').join([])))
except Exception as ex:
    print(264, type(ex).__name__, ex)
try:
    print(265, repr(('xXx').splitlines()))
except Exception as ex:
    print(265, type(ex).__name__, ex)
try:
    print(266, repr(('  x y  ').rindex('')))
except Exception as ex:
    print(266, type(ex).__name__, ex)
try:
    print(267, repr(('xXx').rfind('x', None)))
except Exception as ex:
    print(267, type(ex).__name__, ex)
try:
    print(268, repr(('//').startswith('é', -3)))
except Exception as ex:
    print(268, type(ex).__name__, ex)
try:
    print(269, repr(('xXx').index('x', -1, 0)))
except Exception as ex:
    print(269, type(ex).__name__, ex)
try:
    print(270, repr(('a,b,,c,').center(100)))
except Exception as ex:
    print(270, type(ex).__name__, ex)
try:
    print(271, repr(('//').zfill(0)))
except Exception as ex:
    print(271, type(ex).__name__, ex)
try:
    print(272, repr(('héllo wörld').zfill(2)))
except Exception as ex:
    print(272, type(ex).__name__, ex)
try:
    print(273, repr(('').startswith('abc', 1, 100)))
except Exception as ex:
    print(273, type(ex).__name__, ex)
try:
    print(274, repr(('\tq\n').find('/', None)))
except Exception as ex:
    print(274, type(ex).__name__, ex)
try:
    print(275, repr(('\tq\n').rpartition('abc')))
except Exception as ex:
    print(275, type(ex).__name__, ex)
try:
    print(276, repr(('héllo wörld').rindex(',', 100, 5)))
except Exception as ex:
    print(276, type(ex).__name__, ex)
try:
    print(277, repr(('layer_1/w:0').startswith('/')))
except Exception as ex:
    print(277, type(ex).__name__, ex)
try:
    print(278, repr(('héllo wörld').strip('  ')))
except Exception as ex:
    print(278, type(ex).__name__, ex)
try:
    print(279, repr(('  x y  ').rsplit()))
except Exception as ex:
    print(279, type(ex).__name__, ex)
try:
    print(280, repr(('a,b,,c,').startswith('b', None)))
except Exception as ex:
    print(280, type(ex).__name__, ex)
try:
    print(281, repr(('abcabc').count('b', 1, 1)))
except Exception as ex:
    print(281, type(ex).__name__, ex)
try:
    print(282, repr(('\tq\n').split('b')))
except Exception as ex:
    print(282, type(ex).__name__, ex)
try:
    print(283, repr(('a,b,,c,').startswith('é', -3)))
except Exception as ex:
    print(283, type(ex).__name__, ex)
try:
    print(284, repr(('  x y  ').rjust(1)))
except Exception as ex:
    print(284, type(ex).__name__, ex)
try:
    print(285, repr(('abcabc').center(1)))
except Exception as ex:
    print(285, type(ex).__name__, ex)
try:
    print(286, repr(('').rindex('é', 100, 0)))
except Exception as ex:
    print(286, type(ex).__name__, ex)
try:
    print(287, repr(('').rstrip()))
except Exception as ex:
    print(287, type(ex).__name__, ex)
try:
    print(288, repr(('').splitlines()))
except Exception as ex:
    print(288, type(ex).__name__, ex)
try:
    print(289, repr(('  x y  ').count('', -1, 0)))
except Exception as ex:
    print(289, type(ex).__name__, ex)
try:
    print(290, repr(('xXx').index(':0', 100, 1)))
except Exception as ex:
    print(290, type(ex).__name__, ex)
try:
    print(291, repr(('a,b,,c,').rstrip()))
except Exception as ex:
    print(291, type(ex).__name__, ex)
try:
    print(292, repr(('layer_1/w:0').startswith('')))
except Exception as ex:
    print(292, type(ex).__name__, ex)
try:
    print(293, repr(('a/b/c').index('', 100)))
except Exception as ex:
    print(293, type(ex).__name__, ex)
try:
    print(294, repr(('héllo wörld').join('xyz')))
except Exception as ex:
    print(294, type(ex).__name__, ex)
try:
    print(295, repr(('layer_1/w:0').lstrip()))
except Exception as ex:
    print(295, type(ex).__name__, ex)
try:
    print(297, repr(('xXx').center(5)))
except Exception as ex:
    print(297, type(ex).__name__, ex)
try:
    print(298, repr(('héllo wörld').center(5)))
except Exception as ex:
    print(298, type(ex).__name__, ex)
try:
    print(299, repr(('héllo wörld').ljust(-3, 'é')))
except Exception as ex:
    print(299, type(ex).__name__, ex)
try:
    print(300, repr(('//').rjust(2, '*')))
except Exception as ex:
    print(300, type(ex).__name__, ex)
try:
    print(301, repr(('xXx').rpartition(':0')))
except Exception as ex:
    print(301, type(ex).__name__, ex)
try:
    print(302, repr(('ab' * 3).endswith(('/',), -1, -3)))
except Exception as ex:
    print(302, type(ex).__name__, ex)
try:
    print(303, repr(('').strip(':0')))
except Exception as ex:
    print(303, type(ex).__name__, ex)
try:
    print(304, repr(('').rsplit('/', 2)))
except Exception as ex:
    print(304, type(ex).__name__, ex)
try:
    print(305, repr(('ab' * 3).rindex('zz')))
except Exception as ex:
    print(305, type(ex).__name__, ex)
try:
    print(306, repr(('layer_1/w:0').rindex(',')))
except Exception as ex:
    print(306, type(ex).__name__, ex)
try:
    print(307, repr(('ab' * 3).lstrip('b')))
except Exception as ex:
    print(307, type(ex).__name__, ex)
try:
    print(308, repr(('//').rjust(-1, '*')))
except Exception as ex:
    print(308, type(ex).__name__, ex)
try:
    print(309, repr(('ab' * 3).join([])))
except Exception as ex:
    print(309, type(ex).__name__, ex)
try:
    print(310, repr(('//').ljust(5, 'é')))
except Exception as ex:
    print(310, type(ex).__name__, ex)
try:
    print(311, repr(('ab' * 3).lstrip('x')))
except Exception as ex:
    print(311, type(ex).__name__, ex)
try:
    print(312, repr(('  x y  ').endswith('', 1)))
except Exception as ex:
    print(312, type(ex).__name__, ex)
try:
    print(313, repr(('ab' * 3).ljust(5)))
except Exception as ex:
    print(313, type(ex).__name__, ex)
try:
    print(314, repr(('héllo wörld').splitlines()))
except Exception as ex:
    print(314, type(ex).__name__, ex)
try:
    print(315, repr(('  x y  ').partition('é')))
except Exception as ex:
    print(315, type(ex).__name__, ex)
try:
    print(316, repr(('').center(-3, '*')))
except Exception as ex:
    print(316, type(ex).__name__, ex)
try:
    print(317, repr(('ab' * 3).ljust(-3, '*')))
except Exception as ex:
    print(317, type(ex).__name__, ex)
try:
    print(318, repr(('a/b/c').partition('  ')))
except Exception as ex:
    print(318, type(ex).__name__, ex)
try:
    print(319, repr(('ab' * 3).endswith(':0')))
except Exception as ex:
    print(319, type(ex).__name__, ex)
try:
    print(320, repr(('a,b,,c,').rstrip()))
except Exception as ex:
    print(320, type(ex).__name__, ex)
try:
    print(321, repr(('a/b/c').lstrip()))
except Exception as ex:
    print(321, type(ex).__name__, ex)
try:
    print(322, repr(('layer_1/w:0').rjust(0, 'é')))
except Exception as ex:
    print(322, type(ex).__name__, ex)
try:
    print(323, repr(('a,b,,c,').rjust(0, 'é')))
except Exception as ex:
    print(323, type(ex).__name__, ex)
try:
    print(324, repr(('héllo wörld').ljust(2, 'é')))
except Exception as ex:
    print(324, type(ex).__name__, ex)
try:
    print(325, repr(('héllo wörld').splitlines()))
except Exception as ex:
    print(325, type(ex).__name__, ex)
try:
    print(326, repr(('ab' * 3).center(-1)))
except Exception as ex:
    print(326, type(ex).__name__, ex)
try:
    print(327, repr(('abcabc').split('b')))
except Exception as ex:
    print(327, type(ex).__name__, ex)
try:
    print(328, repr(('ab' * 3).split()))
except Exception as ex:
    print(328, type(ex).__name__, ex)
try:
    print(329, repr(('a/b/c').count(',', -3)))
except Exception as ex:
    print(329, type(ex).__name__, ex)
try:
    print(330, repr(('abcabc').split()))
except Exception as ex:
    print(330, type(ex).__name__, ex)
try:
    print(331, repr(('xXx').strip('x')))
except Exception as ex:
    print(331, type(ex).__name__, ex)
try:
    print(332, repr(('abcabc').rpartition('zz')))
except Exception as ex:
    print(332, type(ex).__name__, ex)
try:
    print(333, repr(('a/b/c').ljust(1, 'é')))
except Exception as ex:
    print(333, type(ex).__name__, ex)
try:
    print(334, repr(('').endswith('  ', 2)))
except Exception as ex:
    print(334, type(ex).__name__, ex)
try:
    print(335, repr(('a/b/c').rindex('b', 100, 0)))
except Exception as ex:
    print(335, type(ex).__name__, ex)
try:
    print(336, repr(('héllo wörld').rstrip()))
except Exception as ex:
    print(336, type(ex).__name__, ex)
try:
    print(337, repr(('//').rindex('abc', -1)))
except Exception as ex:
    print(337, type(ex).__name__, ex)
try:
    print(338, repr(('a,b,,c,').count(',', -3, 100)))
except Exception as ex:
    print(338, type(ex).__name__, ex)
try:
    print(339, repr(('  x y  ').rfind('b', 1, None)))
except Exception as ex:
    print(339, type(ex).__name__, ex)
try:
    print(340, repr(('héllo wörld').find('x')))
except Exception as ex:
    print(340, type(ex).__name__, ex)
try:
    print(341, repr(('//').partition('x')))
except Exception as ex:
    print(341, type(ex).__name__, ex)
try:
    print(342, repr(('\tq\n').partition('x')))
except Exception as ex:
    print(342, type(ex).__name__, ex)
try:
    print(343, repr(('abcabc').splitlines(True)))
except Exception as ex:
    print(343, type(ex).__name__, ex)
try:
    print(344, repr(('layer_1/w:0').splitlines()))
except Exception as ex:
    print(344, type(ex).__name__, ex)
try:
    print(345, repr(('xXx').ljust(-3)))
except Exception as ex:
    print(345, type(ex).__name__, ex)
try:
    print(346, repr(('a/b/c').rindex('é')))
except Exception as ex:
    print(346, type(ex).__name__, ex)
try:
    print(347, repr(('xXx').rstrip('x')))
except Exception as ex:
    print(347, type(ex).__name__, ex)
try:
    print(348, repr(('//').ljust(1)))
except Exception as ex:
    print(348, type(ex).__name__, ex)
try:
    print(349, repr(('ab' * 3).endswith('zz', -1)))
except Exception as ex:
    print(349, type(ex).__name__, ex)
try:
    print(350, repr(('ab' * 3).rjust(-3, 'ab')))
except Exception as ex:
    print(350, type(ex).__name__, ex)
try:
    print(351, repr(('héllo wörld').strip()))
except Exception as ex:
    print(351, type(ex).__name__, ex)
try:
    print(352, repr(('//').rsplit(',', 100)))
except Exception as ex:
    print(352, type(ex).__name__, ex)
try:
    print(353, repr(('  x y  ').splitlines()))
except Exception as ex:
    print(353, type(ex).__name__, ex)
try:
    print(354, repr(('//').count('b')))
except Exception as ex:
    print(354, type(ex).__name__, ex)
try:
    print(355, repr(('//').rfind(',', 2, 5)))
except Exception as ex:
    print(355, type(ex).__name__, ex)
try:
    print(356, repr(('').rsplit('é')))
except Exception as ex:
    print(356, type(ex).__name__, ex)
try:
    print(357, repr(('abcabc').rstrip()))
except Exception as ex:
    print(357, type(ex).__name__, ex)
try:
    print(358, repr(('abcabc').rstrip(',')))
except Exception as ex:
    print(358, type(ex).__name__, ex)
try:
    print(359, repr(('abcabc').rindex('abc', 5)))
except Exception as ex:
    print(359, type(ex).__name__, ex)
try:
    print(360, repr(('  x y  ').rsplit('x', 5)))
except Exception as ex:
    print(360, type(ex).__name__, ex)
try:
    print(361, repr(('a/b/c').count('abc')))
except Exception as ex:
    print(361, type(ex).__name__, ex)
try:
    print(362, repr(('//').rindex('', 2, None)))
except Exception as ex:
    print(362, type(ex).__name__, ex)
try:
    print(363, repr(('abcabc').count('x', 2, -1)))
except Exception as ex:
    print(363, type(ex).__name__, ex)
try:
    print(364, repr(('\tq\n').ljust(-3, 'ab')))
except Exception as ex:
    print(364, type(ex).__name__, ex)
try:
    print(365, repr(('a,b,,c,').join([])))
except Exception as ex:
    print(365, type(ex).__name__, ex)
try:
    print(366, repr(('//').lstrip()))
except Exception as ex:
    print(366, type(ex).__name__, ex)
try:
    print(367, repr(('a/b/c').rjust(2, '*')))
except Exception as ex:
    print(367, type(ex).__name__, ex)
try:
    print(368, repr(('ab' * 3).rindex('  ', 100)))
except Exception as ex:
    print(368, type(ex).__name__, ex)
try:
    print(369, repr(('\tq\n').center(2)))
except Exception as ex:
    print(369, type(ex).__name__, ex)
try:
    print(370, repr(('xXx').center(2, 'ab')))
except Exception as ex:
    print(370, type(ex).__name__, ex)
try:
    print(371, repr(('//').rindex(',')))
except Exception as ex:
    print(371, type(ex).__name__, ex)
try:
    print(372, repr(('héllo wörld').index('x', 1, 5)))
except Exception as ex:
    print(372, type(ex).__name__, ex)
try:
    print(373, repr(('xXx').index('é', -1)))
except Exception as ex:
    print(373, type(ex).__name__, ex)
try:
    print(374, repr(('//').lstrip('/')))
except Exception as ex:
    print(374, type(ex).__name__, ex)
try:
    print(375, repr(('ab' * 3).lstrip()))
except Exception as ex:
    print(375, type(ex).__name__, ex)
try:
    print(376, repr(('ab' * 3).find('  ', -3, -3)))
except Exception as ex:
    print(376, type(ex).__name__, ex)
try:
    print(377, repr(('xXx').strip(None)))
except Exception as ex:
    print(377, type(ex).__name__, ex)
try:
    print(378, repr(('  x y  ').split(None)))
except Exception as ex:
    print(378, type(ex).__name__, ex)
try:
    print(379, repr(('xXx').lstrip('é')))
except Exception as ex:
    print(379, type(ex).__name__, ex)
try:
    print(380, repr(('héllo wörld').zfill(1)))
except Exception as ex:
    print(380, type(ex).__name__, ex)
try:
    print(381, repr(('  x y  ').count(',', 1, 5)))
except Exception as ex:
    print(381, type(ex).__name__, ex)
try:
    print(382, repr(('xXx').rindex('é', -1)))
except Exception as ex:
    print(382, type(ex).__name__, ex)
try:
    print(383, repr(('xXx').rstrip(':0')))
except Exception as ex:
    print(383, type(ex).__name__, ex)
try:
    print(384, repr(('a,b,,c,').rjust(0, 'ab')))
except Exception as ex:
    print(384, type(ex).__name__, ex)
try:
    print(385, repr(('layer_1/w:0').join('xyz')))
except Exception as ex:
    print(385, type(ex).__name__, ex)
try:
    print(386, repr(('').ljust(0)))
except Exception as ex:
    print(386, type(ex).__name__, ex)
try:
    print(387, repr(('a/b/c').rjust(2)))
except Exception as ex:
    print(387, type(ex).__name__, ex)
try:
    print(388, repr(('xXx').ljust(2, 'é')))
except Exception as ex:
    print(388, type(ex).__name__, ex)
try:
    print(389, repr(('a/b/c').center(5, 'é')))
except Exception as ex:
    print(389, type(ex).__name__, ex)
try:
    print(390, repr(('abcabc').startswith(':0')))
except Exception as ex:
    print(390, type(ex).__name__, ex)
try:
    print(391, repr(('a/b/c').center(2, '*')))
except Exception as ex:
    print(391, type(ex).__name__, ex)
try:
    print(392, repr(('  x y  ').lstrip()))
except Exception as ex:
    print(392, type(ex).__name__, ex)
try:
    print(393, repr(('  x y  ').zfill(5)))
except Exception as ex:
    print(393, type(ex).__name__, ex)
try:
    print(394, repr(('abcabc').replace('x', 'x')))
except Exception as ex:
    print(394, type(ex).__name__, ex)
try:
    print(395, repr(('a/b/c').rfind('', 1, 2)))
except Exception as ex:
    print(395, type(ex).__name__, ex)
try:
    print(396, repr(('//').strip()))
except Exception as ex:
    print(396, type(ex).__name__, ex)
try:
    print(397, repr(('héllo wörld').index('/')))
except Exception as ex:
    print(397, type(ex).__name__, ex)
try:
    print(398, repr(('\tq\n').center(-3, '*')))
except Exception as ex:
    print(398, type(ex).__name__, ex)
try:
    print(399, repr(('héllo wörld').rpartition('  ')))
except Exception as ex:
    print(399, type(ex).__name__, ex)
try:
    print(400, repr(('ab' * 3).zfill(100)))
except Exception as ex:
    print(400, type(ex).__name__, ex)
try:
    print(401, repr(('a,b,,c,').startswith('  ', -3)))
except Exception as ex:
    print(401, type(ex).__name__, ex)
try:
    print(402, repr(('ab' * 3).rstrip()))
except Exception as ex:
    print(402, type(ex).__name__, ex)
try:
    print(403, repr(('layer_1/w:0').rsplit()))
except Exception as ex:
    print(403, type(ex).__name__, ex)
try:
    print(404, repr(('a,b,,c,').splitlines()))
except Exception as ex:
    print(404, type(ex).__name__, ex)
try:
    print(405, repr(('abcabc').index(':0', 5, -3)))
except Exception as ex:
    print(405, type(ex).__name__, ex)
try:
    print(406, repr(('layer_1/w:0').splitlines(True)))
except Exception as ex:
    print(406, type(ex).__name__, ex)
try:
    print(407, repr(('a/b/c').rindex('b')))
except Exception as ex:
    print(407, type(ex).__name__, ex)
try:
    print(408, repr(('//').partition('')))
except Exception as ex:
    print(408, type(ex).__name__, ex)
try:
    print(409, repr(('a/b/c').rjust(5, 'ab')))
except Exception as ex:
    print(409, type(ex).__name__, ex)
try:
    print(410, repr(('').startswith('b')))
except Exception as ex:
    print(410, type(ex).__name__, ex)
try:
    print(411, repr(('ab' * 3).find('', 1, 0)))
except Exception as ex:
    print(411, type(ex).__name__, ex)
try:
    print(412, repr(('a/b/c').splitlines(False)))
except Exception as ex:
    print(412, type(ex).__name__, ex)
try:
    print(413, repr(('xXx').join([])))
except Exception as ex:
    print(413, type(ex).__name__, ex)
try:
    print(414, repr(('').split()))
except Exception as ex:
    print(414, type(ex).__name__, ex)
try:
    print(415, repr(('  x y  ').partition('/')))
except Exception as ex:
    print(415, type(ex).__name__, ex)
try:
    print(416, repr(('layer_1/w:0').strip('x')))
except Exception as ex:
    print(416, type(ex).__name__, ex)
try:
    print(417, repr(('a/b/c').rsplit()))
except Exception as ex:
    print(417, type(ex).__name__, ex)
try:
    print(418, repr(('a,b,,c,').split('é', 5)))
except Exception as ex:
    print(418, type(ex).__name__, ex)
try:
    print(419, repr(('héllo wörld').splitlines()))
except Exception as ex:
    print(419, type(ex).__name__, ex)
try:
    print(420, repr(('//').rpartition('/')))
except Exception as ex:
    print(420, type(ex).__name__, ex)
try:
    print(421, repr(('héllo wörld').count('')))
except Exception as ex:
    print(421, type(ex).__name__, ex)
try:
    print(422, repr(('a,b,,c,').rstrip()))
except Exception as ex:
    print(422, type(ex).__name__, ex)
try:
    print(423, repr(('a,b,,c,').strip()))
except Exception as ex:
    print(423, type(ex).__name__, ex)
try:
    print(424, repr(('xXx').join([])))
except Exception as ex:
    print(424, type(ex).__name__, ex)
try:
    print(425, repr(('a/b/c').split('/')))
except Exception as ex:
    print(425, type(ex).__name__, ex)
try:
    print(426, repr(('ab' * 3).strip()))
except Exception as ex:
    print(426, type(ex).__name__, ex)
try:
    print(427, repr(('abcabc').rpartition('zz')))
except Exception as ex:
    print(427, type(ex).__name__, ex)
try:
    print(428, repr(('a,b,,c,').count('zz', 100, -3)))
except Exception as ex:
    print(428, type(ex).__name__, ex)
try:
    print(429, repr(('a/b/c').rindex('  ', 1)))
except Exception as ex:
    print(429, type(ex).__name__, ex)
try:
    print(430, repr(('  x y  ').zfill(2)))
except Exception as ex:
    print(430, type(ex).__name__, ex)
try:
    print(431, repr(('xXx').index('  ', -1)))
except Exception as ex:
    print(431, type(ex).__name__, ex)
try:
    print(432, repr(('abcabc').lstrip('b')))
except Exception as ex:
    print(432, type(ex).__name__, ex)
try:
    print(433, repr(('a/b/c').center(2)))
except Exception as ex:
    print(433, type(ex).__name__, ex)
try:
    print(434, repr(('abcabc').partition('/')))
except Exception as ex:
    print(434, type(ex).__name__, ex)
try:
    print(435, repr(('layer_1/w:0').center(0)))
except Exception as ex:
    print(435, type(ex).__name__, ex)
try:
    print(436, repr(('xXx').center(0)))
except Exception as ex:
    print(436, type(ex).__name__, ex)
try:
    print(437, repr(('héllo wörld').endswith('é', None)))
except Exception as ex:
    print(437, type(ex).__name__, ex)
try:
    print(438, repr(('  x y  ').endswith('abc')))
except Exception as ex:
    print(438, type(ex).__name__, ex)
try:
    print(439, repr(('\tq\n').zfill(2)))
except Exception as ex:
    print(439, type(ex).__name__, ex)
try:
    print(440, repr(('\tq\n').rsplit()))
except Exception as ex:
    print(440, type(ex).__name__, ex)
try:
    print(441, repr(('\tq\n').count('b')))
except Exception as ex:
    print(441, type(ex).__name__, ex)
try:
    print(442, repr(('').rstrip()))
except Exception as ex:
    print(442, type(ex).__name__, ex)
try:
    print(443, repr(('\tq\n').rindex('abc')))
except Exception as ex:
    print(443, type(ex).__name__, ex)
try:
    print(444, repr(('xXx').ljust(2)))
except Exception as ex:
    print(444, type(ex).__name__, ex)
try:
    print(445, repr(('a/b/c').lstrip('b')))
except Exception as ex:
    print(445, type(ex).__name__, ex)
try:
    print(446, repr(('a,b,,c,').strip(',')))
except Exception as ex:
    print(446, type(ex).__name__, ex)
try:
    print(447, repr(('//').strip()))
except Exception as ex:
    print(447, type(ex).__name__, ex)
try:
    print(448, repr(('héllo wörld').endswith(('/',), -3)))
except Exception as ex:
    print(448, type(ex).__name__, ex)
try:
    print(449, repr(('//').startswith('x')))
except Exception as ex:
    print(449, type(ex).__name__, ex)
try:
    print(450, repr(('a/b/c').splitlines(False)))
except Exception as ex:
    print(450, type(ex).__name__, ex)
try:
    print(451, repr(('a,b,,c,').center(5)))
except Exception as ex:
    print(451, type(ex).__name__, ex)
try:
    print(452, repr(('héllo wörld').join('xyz')))
except Exception as ex:
    print(452, type(ex).__name__, ex)
try:
    print(453, repr(('ab' * 3).rsplit(',', 1)))
except Exception as ex:
    print(453, type(ex).__name__, ex)
try:
    print(454, repr(('a,b,,c,').rindex('b', -1)))
except Exception as ex:
    print(454, type(ex).__name__, ex)
try:
    print(455, repr(('xXx').rpartition(',')))
except Exception as ex:
    print(455, type(ex).__name__, ex)
try:
    print(456, repr(('a,b,,c,').zfill(2)))
except Exception as ex:
    print(456, type(ex).__name__, ex)
try:
    print(457, repr(('a,b,,c,').rsplit(',')))
except Exception as ex:
    print(457, type(ex).__name__, ex)
try:
    print(458, repr(('héllo wörld').rstrip('  ')))
except Exception as ex:
    print(458, type(ex).__name__, ex)
try:
    print(459, repr(('abcabc').index(':0')))
except Exception as ex:
    print(459, type(ex).__name__, ex)
try:
    print(460, repr(('ab' * 3).split(',', 5)))
except Exception as ex:
    print(460, type(ex).__name__, ex)
try:
    print(461, repr(('a/b/c').join(('q',))))
except Exception as ex:
    print(461, type(ex).__name__, ex)
try:
    print(462, repr(('//').rstrip('zz')))
except Exception as ex:
    print(462, type(ex).__name__, ex)
try:
    print(463, repr(('abcabc').center(0, 'ab')))
except Exception as ex:
    print(463, type(ex).__name__, ex)
try:
    print(464, repr(('xXx').rindex(':0')))
except Exception as ex:
    print(464, type(ex).__name__, ex)
try:
    print(465, repr(('ab' * 3).rfind(',')))
except Exception as ex:
    print(465, type(ex).__name__, ex)
try:
    print(466, repr(('xXx').rfind('b')))
except Exception as ex:
    print(466, type(ex).__name__, ex)
try:
    print(467, repr(('ab' * 3).count('  ', -1)))
except Exception as ex:
    print(467, type(ex).__name__, ex)
try:
    print(468, repr(('a,b,,c,').partition('')))
except Exception as ex:
    print(468, type(ex).__name__, ex)
try:
    print(469, repr(('abcabc').splitlines(False)))
except Exception as ex:
    print(469, type(ex).__name__, ex)
try:
    print(470, repr(('héllo wörld').splitlines(True)))
except Exception as ex:
    print(470, type(ex).__name__, ex)
try:
    print(471, repr(('  x y  ').rjust(-3)))
except Exception as ex:
    print(471, type(ex).__name__, ex)
try:
    print(472, repr(('héllo wörld').strip(':0')))
except Exception as ex:
    print(472, type(ex).__name__, ex)
try:
    print(473, repr(('a/b/c').endswith('b')))
except Exception as ex:
    print(473, type(ex).__name__, ex)
try:
    print(474, repr(('abcabc').rstrip()))
except Exception as ex:
    print(474, type(ex).__name__, ex)
try:
    print(475, repr(('abcabc').strip()))
except Exception as ex:
    print(475, type(ex).__name__, ex)
try:
    print(476, repr(('a/b/c').strip(':0')))
except Exception as ex:
    print(476, type(ex).__name__, ex)
try:
    print(477, repr(('xXx').count(',', 0, -3)))
except Exception as ex:
    print(477, type(ex).__name__, ex)
try:
    print(478, repr(('abcabc').index('zz', 1)))
except Exception as ex:
    print(478, type(ex).__name__, ex)
try:
    print(479, repr(('  x y  ').lstrip()))
except Exception as ex:
    print(479, type(ex).__name__, ex)
try:
    print(480, repr(('  x y  ').index(':0', 2)))
except Exception as ex:
    print(480, type(ex).__name__, ex)
try:
    print(481, repr(('\tq\n').rjust(2)))
except Exception as ex:
    print(481, type(ex).__name__, ex)
try:
    print(482, repr(('a,b,,c,').startswith('  ')))
except Exception as ex:
    print(482, type(ex).__name__, ex)
try:
    print(483, repr(('a,b,,c,').startswith('abc', 2, None)))
except Exception as ex:
    print(483, type(ex).__name__, ex)
try:
    print(484, repr(('abcabc').endswith(('a', 'x'), 1)))
except Exception as ex:
    print(484, type(ex).__name__, ex)
try:
    print(485, repr(('a/b/c').partition('x')))
except Exception as ex:
    print(485, type(ex).__name__, ex)
try:
    print(486, repr(('\tq\n').zfill(-1)))
except Exception as ex:
    print(486, type(ex).__name__, ex)
try:
    print(487, repr(('a/b/c').join(['a', 'b'])))
except Exception as ex:
    print(487, type(ex).__name__, ex)
try:
    print(488, repr(('').strip('zz')))
except Exception as ex:
    print(488, type(ex).__name__, ex)
try:
    print(489, repr(('').replace('/', 'b')))
except Exception as ex:
    print(489, type(ex).__name__, ex)
try:
    print(490, repr(('héllo wörld').join(('q',))))
except Exception as ex:
    print(490, type(ex).__name__, ex)
try:
    print(491, repr(('héllo wörld').rjust(0, 'é')))
except Exception as ex:
    print(491, type(ex).__name__, ex)
try:
    print(492, repr(('//').rpartition('é')))
except Exception as ex:
    print(492, type(ex).__name__, ex)
try:
    print(493, repr(('layer_1/w:0').rfind('x')))
except Exception as ex:
    print(493, type(ex).__name__, ex)
try:
    print(494, repr(('//').startswith('  ', 2)))
except Exception as ex:
    print(494, type(ex).__name__, ex)
try:
    print(495, repr(('//').rstrip('x')))
except Exception as ex:
    print(495, type(ex).__name__, ex)
try:
    print(496, repr(('héllo wörld').split('x', 2)))
except Exception as ex:
    print(496, type(ex).__name__, ex)
try:
    print(497, repr(('ab' * 3).center(0, 'é')))
except Exception as ex:
    print(497, type(ex).__name__, ex)
try:
    print(498, repr(('a/b/c').endswith(':0')))
except Exception as ex:
    print(498, type(ex).__name__, ex)
try:
    print(499, repr(('xXx').rfind('', -1, -3)))
except Exception as ex:
    print(499, type(ex).__name__, ex)
