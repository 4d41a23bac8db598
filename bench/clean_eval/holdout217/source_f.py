"""holdout217, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML and one text page each).

Every page, place, person, firm, site, URL and number here is invented and written by hand;
see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="examforum-shangan-essay-dashcam-reply-lock",
        site="上岸吧公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="html",
        source="https://bbs.shanganba.com/thread-551802-1-1.html",
        title="小小记录仪照见诚信大社会",
        record_title="〔申论日练〕小小记录仪照见诚信大社会（原创首发，欢迎拍砖）- 申论写作 - 上岸吧公考论坛",
        date=None,
        notes=(
            "exam forum: a reply-to-see prompt between paragraphs, rating row, a QQ-group ad, signature; an essay "
            "post dated 5 天前: no date"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔申论日练〕小小记录仪照见诚信大社会（原创首发，欢迎拍砖）- 申论写作 - 上岸吧公考论坛</title>
</head>
<body>
<div class="hd">⟦m 上岸吧公考论坛⟧ ⟦m 一起备考，一起上岸⟧ ⟦a 签到领金币⟧</div>
<div class="pt">⟦m 上岸吧 › 申论写作 › 正文⟧</div>
<h1>{T}</h1>
<div class="author">⟦m 楼主：备考第三年的阿禾　发表于 5 天前⟧ ⟦m 查看 1932 ｜ 回复 40⟧</div>
<div class="post">
{BODY}
</div>
<div class="rate">⟦a 评分 +5 金币　收藏　举报⟧</div>
<div class="sign">⟦m 签名：省考倒计时98天，不上岸不改名⟧</div>
<div class="ad">⟦w 申论批改群 QQ 703318542，真题每日一练⟧</div>
<div class="ft">⟦m 上岸吧公考论坛　沪ICP备21018830号⟧</div>
<script src="/static/js/forum.js?v=3"></script>
</body>
</html>
""",
        body="""
一台小小的行车记录仪，记录的是路况，照见的却是人心。
过去，路上发生剐蹭，双方往往各执一词，“碰瓷”者有机可乘，老实人有理说不清。如今，越来越多的车辆装上了记录仪，真相有了“第三只眼”，讹诈少了，争吵也少了。
⟦a 本帖隐藏了作者的评分细则，回复本帖后刷新可见⟧
但也要看到，记录仪只是工具。它能还原事实，却不能代替诚信。如果人人都只在镜头下守规矩，那么社会诚信就只是“表演”出来的。
因此，既要用好技术手段，让失信者付出代价；更要加强诚信教育，让守信成为每个人的自觉。唯有如此，镜头之外，同样有诚信。
""",
    ),
    dict(
        slug="examforum-gongkaobang-interview-glucose-junk",
        site="公考帮 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.gongkaobang.net/mianshi/thread-90417.html",
        title="结构化面试：社区要为独居老人发放血糖仪，你负责，怎么组织？",
        record_title="〔面试打卡Day12〕结构化面试：社区要为独居老人发放血糖仪，你负责，怎么组织？- 面试交流 - 公考帮",
        date=None,
        notes="exam forum answer with junk lines and glued junk; posted 2 天前: no date; replies and a course ad",
        page="""
!m 公考帮 — 面试交流
!t 〔面试打卡Day12〕结构化面试：社区要为独居老人发放血糖仪，你负责，怎么组织？
!m 发帖人：鄘城考公人　2 天前　阅读 866
{BODY}
!l 1楼　小鹿不迷路：思路清楚，第三点可以再展开
!l 2楼　上岸锦鲤：打卡，明天一起
!w 面试一对一模拟，名师点评，咨询微信 gkbang_ms
!a 您需要登录后才能回复　登录　注册
""",
        junk=dict(lines=2, glued=2),
        body="""
这项工作关系到独居老人的健康，我会从以下几个方面组织好。
一是摸清底数。联合网格员和社区卫生服务中心，逐户核实独居老人的健康状况，重点确定患有糖尿病或血糖偏高的老人名单。
二是精心发放。联系供货单位确认血糖仪型号和试纸数量，采取集中发放和上门发放相结合的方式，行动不便的老人由志愿者送上门。
三是教会使用。请家庭医生现场演示，并为每位老人准备一张大字版操作卡片，教到老人能独立操作为止。
四是跟踪服务。建立随访台账，每月上门帮老人查看记录，发现异常及时联系医生。
""",
    ),
    dict(
        slug="wiki-bowen-entry-oxygen-infobox",
        site="博闻百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.bowen.cn/item/家用制氧机/88017",
        title="家用制氧机",
        record_title="家用制氧机（医疗器械）_博闻百科",
        date=None,
        notes=(
            "encyclopaedia entry: edit/discuss/history tabs, infobox, contents box, reference markers glued after a "
            "sentence, an edit-section link glued to a section heading; the entry name opens the body; no date"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>家用制氧机（医疗器械）_博闻百科</title>
<script src="/static/bk.js"></script>
</head>
<body>
<div class="bk-top">⟦m 博闻百科⟧ ⟦m 人人可编辑的知识库⟧ <form><input placeholder="搜索词条"></form></div>
<div class="bk-tabs">⟦a 编辑词条⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧</div>
<h1>{T}</h1>
<div class="bk-summary-tag">⟦m 医疗器械 · 呼吸治疗设备⟧</div>
<div class="bk-info">
<dl><dt>⟦m 中文名⟧</dt><dd>⟦m 家用制氧机⟧</dd><dt>⟦m 外文名⟧</dt><dd>⟦m home oxygen concentrator⟧</dd><dt>⟦m 原　理⟧</dt><dd>⟦m 分子筛变压吸附⟧</dd></dl>
</div>
<div class="bk-toc">⟦l 目录　1 工作原理　2 分类　3 使用注意⟧</div>
<div class="bk-body">
{BODY}
</div>
<div class="bk-ref">⟦l 参考资料：[1] 家庭氧疗设备使用指南，鄘城医学出版社⟧</div>
<div class="bk-foot">⟦m 词条统计：浏览 40218 次　编辑 17 次⟧ ⟦d 博闻百科内容由网友共同编辑，如有错误欢迎指正。⟧</div>
</body>
</html>
""",
        body="""
家用制氧机是一种以空气为原料、在家庭环境中为使用者提供高浓度氧气的医疗器械，主要用于慢性阻塞性肺疾病、心力衰竭等患者的居家氧疗。⟦l [1]⟧
工作原理⟦a [修订此段]⟧
目前常见的家用制氧机多采用分子筛变压吸附原理：压缩机把空气压入装有分子筛的吸附塔，氮气被分子筛吸附，氧气则被分离出来，经湿化后供使用者吸入。
分类
按出氧流量可分为1升、3升、5升等规格；按用途可分为医用型和保健型，医用型出氧浓度一般要求不低于90%。
使用注意
使用时应远离明火和热源，定期清洗过滤棉，湿化瓶内使用纯净水或凉开水。
""",
    ),
    dict(
        slug="wiki-zhishu-entry-freezer-title-line",
        site="知书百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.zhishubaike.com/wiki/卧式冰柜",
        title="卧式冰柜",
        record_title=None,
        date=None,
        notes="entry as text without a record title: the entry's title line, which also opens the body (matched as head); no date",
        page="""
!m 知书百科 | 词条
{T}
!m 本词条由“家电小百科”认证　最近更新：2 个月前
!a 编辑　收藏　分享词条
{BODY}
!l 相关词条：立式冰柜 ｜ 直冷冰箱 ｜ 能效标识
!d 知书百科词条内容仅供参考，如需专业意见请咨询相关人士。
""",
        body="""
卧式冰柜，又称顶开门冰柜，是柜门在顶部、柜体横卧放置的冷冻冷藏设备，常见于家庭、商店和餐饮场所。
与立式冰箱相比，卧式冰柜开门时冷气不易外泄，容积利用率高，适合存放大量冷冻食品。缺点是取放底部物品不方便，占地面积较大。
卧式冰柜多采用直冷方式，使用一段时间后内壁会结霜，需要定期断电除霜。部分型号设有冷冻、冷藏双温区，可通过隔板切换。
选购时，可关注有效容积、能效等级和温控方式，家庭一般选择200升左右的型号即可。
""",
    ),
    dict(
        slug="clouddrive-feiyu-rules-nebulizer-wps",
        site="飞羽云盘 (invented)",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="html",
        source="https://pan.feiyuyun.com/s/1qWx8RmT3e",
        title="门诊雾化器清洗消毒操作规程",
        record_title="门诊雾化器清洗消毒操作规程.wps",
        date=None,
        notes=(
            "cloud-drive preview of a .wps file: VIP prompts, save/download buttons, share stamp (no date), expiry line; "
            "a procedure with numbered steps and no date"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>门诊雾化器清洗消毒操作规程.wps_免费高速下载｜飞羽云盘</title>
<script src="//static.feiyuyun.com/share.js"></script>
</head>
<body>
<div class="fy-head">⟦m 飞羽云盘⟧ ⟦a 登录飞羽账号⟧ ⟦a 超级会员⟧</div>
<div class="fy-file">
<h2>{T}</h2>
<p>⟦m 分享者：雾化室小樊　分享于 昨天 15:20　有效期：永久有效⟧</p>
<p>⟦a 保存到我的云盘⟧ ⟦a 下载（38KB）⟧</p>
</div>
<div class="fy-preview">
{BODY}
</div>
<div class="fy-vip">⟦a 非会员预览限3页，开通超级会员预览全部并极速下载⟧</div>
<div class="fy-foot">⟦d 请勿分享违法违规内容，飞羽云盘将依法配合有关部门处理。⟧ ⟦m © 2024 飞羽云盘⟧</div>
</body>
</html>
""",
        p_html='<p class="pv">{}</p>',
        body="""
一、适用范围
本规程适用于门诊雾化室使用的压缩式雾化器及其附件的清洗消毒。
二、操作步骤
1. 每位患者使用后，取下雾化杯、面罩和连接管，残余药液倒入指定容器。
2. 用流动水冲洗雾化杯和面罩，清除药物残留。
3. 将附件完全浸泡于有效氯500mg/L的消毒液中30分钟。
4. 取出后用流动水冲净，置于清洁干燥处晾干，装入清洁袋备用。
5. 雾化器主机表面每日用75%酒精擦拭一次。
三、注意事项
一次性面罩不得重复使用；消毒液现用现配，每次配制后测定浓度并记录。
""",
    ),
    dict(
        slug="clouddrive-xingyun-plan-glucose-pdf-markers",
        site="星云网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.xingyunpan.cn/s/8kPq2ZtW",
        title="社区家庭医生团队血糖仪规范使用培训方案",
        record_title="社区家庭医生团队血糖仪规范使用培训方案.pdf",
        date="2024-04-26",
        notes=(
            "file-name record title; a cloud-drive text preview cut by page markers ⎾n⏌ glued to the start of the "
            "continuation line; 成文日期 at the end; share stamp no date"
        ),
        page="""
!m 星云网盘 · 文件分享
!t 社区家庭医生团队血糖仪规范使用培训方案.pdf
!m 分享人：邶湖社区卫生小骆　分享时间：3 天前　文件大小：210KB
!a 保存到网盘　　下载　　举报
{BODY}
!a 预览仅显示文字内容，查看原版排版请下载
!a 开通星云VIP，下载不限速
!d 星云网盘只提供存储服务，分享内容由用户上传。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⎾{n}⏌", every=115, start=2, glue="mix"),
        body="""
为提高家庭医生团队即时血糖检测的准确性，更好地服务辖区糖尿病患者，结合中心实际，制定本培训方案。
一、培训对象。中心及下属站点全体家庭医生、护士和公卫人员，共计42人。
二、培训内容。血糖仪的工作原理和操作步骤，采血部位选择与消毒，试纸保存和质控液使用，异常结果的复核与处理。
三、培训方式。采取集中授课与分组实操相结合的方式，每人至少完成10次规范操作练习，由带教老师逐项评分。
四、考核要求。理论考试和操作考核均达到80分以上为合格，不合格者一个月内补考。
五、时间安排。培训于2024年5月中旬分两批进行，每批一天。
邶湖区社区卫生服务中心
2024年4月26日
""",
    ),
    dict(
        slug="snapshot-souxun-police-dashcam-report",
        site="搜寻快照 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.souxun.com/snap?u=http%3A%2F%2Fwww.ycjj.gov.cn%2Fjttx%2F20240402%2F771.html",
        title="用行车记录仪举报交通违法，这些要求要知道",
        record_title="鄘城交警｜用行车记录仪举报交通违法，这些要求要知道 〔搜寻缓存页〕",
        date="2024-04-02",
        notes=(
            "search-engine cache frame: a capture banner with its capture time (no date), highlighted search terms, "
            "the original page's chrome inside; the 成文日期 under the signature"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>鄘城交警｜用行车记录仪举报交通违法，这些要求要知道 〔搜寻缓存页〕</title>
</head>
<body>
<div class="snap-banner">⟦d 这是搜寻对 http://www.ycjj.gov.cn/jttx/20240402/771.html 的缓存，抓取于 2024-05-11 03:17，当前页面可能已经更新。⟧ ⟦a 点此查看原网页⟧ ⟦m 已为您标出：行车记录仪 举报⟧</div>
<div class="orig">
<div class="o-head">⟦m 鄘城市公安局交通警察支队⟧ ⟦m 首页⟧ ⟦m 交通提示⟧ ⟦m 网上办事⟧</div>
<h2>{T}</h2>
<div class="o-meta">⟦m 来源：宣传科　点击：3371⟧</div>
<div class="o-body">
{BODY}
</div>
<div class="o-foot">⟦m 交通事故报警：122⟧ ⟦m 鄘城市公安局交通警察支队　蜀ICP备09018876号⟧</div>
</div>
<script>/* souxun snapshot: highlight terms */</script>
</body>
</html>
""",
        body="""
不少市民通过“随手拍”平台，用行车记录仪视频举报交通违法行为。为提高举报效率，鄘城交警提醒大家注意以下几点：
一、视频要完整。能清楚看到违法车辆号牌和违法过程，时长一般不少于5秒，不得剪辑拼接。
二、时间要准确。请提前校准行车记录仪的日期和时间，视频须在违法行为发生后3日内上传。
三、信息要真实。举报人须实名注册，恶意举报、编造虚假信息的，将依法追究责任。
经审核属实的举报，交警部门将依法处理，并对举报人信息严格保密。
鄘城市公安局交通警察支队
2024年4月2日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-pharmacy-nebulizer-byline",
        site="留影快照 (invented text-only cache)",
        style="搜索快照",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://kz.kuaizhaocundang.com/text?id=4471902",
        title="家用雾化器怎么选？药师教你看三点",
        record_title="家用雾化器怎么选？药师教你看三点_康百家大药房【快照·仅存文字】",
        date="2024-01-17",
        notes="text-only cache of a pharmacy page: capture header (no date), the original's byline 发布时间 is the page's date",
        page="""
!d 【纯文字快照】本页为 www.kangbaijia.com/zixun/3318.html 的文字版存档，保存于 2024-03-02，图片和样式已去除。
!m 康百家大药房 > 健康资讯 > 用药指导
{T}
!m 康百家大药房 健康资讯　发布时间：2024-01-17　作者：执业药师 韩晓宁
{BODY}
!a 在线购药　｜　药师咨询　｜　门店查询
!m 康百家大药房连锁有限公司　药品网络交易服务备案号：（蜀）网药销备字〔2023〕第1107号
""",
        indent="\u3000\u3000",
        body="""
入冬后，来药房咨询家用雾化器的顾客多了起来。市面上的雾化器五花八门，怎么选？药师建议看三点。
第一看类型。家用以压缩式雾化器为主，药物颗粒细，适合大多数呼吸道用药；超声雾化器不适合部分雾化药物，购买前最好问问医生。
第二看资质。正规产品包装上有医疗器械注册证编号，可以在药品监管部门网站查询。
第三看噪音和配件。给孩子用的选噪音小的，看看是否配有儿童面罩和成人面罩。
药师提醒，雾化器只是工具，用什么药、怎么用，一定要遵医嘱。
""",
    ),
    dict(
        slug="print-heling-letter-freezer-window-print",
        site="郃岭县食品安全委员会办公室 (invented, print view)",
        style="打印页",
        genre="函",
        kind="letter",
        form="html",
        source="http://www.helingsab.gov.cn/print.aspx?id=20240618003",
        title="关于协助开展冰柜贮存食品温度抽检的函",
        record_title="〔打印友好版〕关于协助开展冰柜贮存食品温度抽检的函 — 郃岭县食安办",
        date="2024-06-18",
        notes=(
            "print view calling window.print(): print toolbar, page URL line, a print footer ⎸第 1 页 · 共 1 页⎹; "
            "the letter's own 联系人/电话 and 抄送 line; 成文日期 at the end"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔打印友好版〕关于协助开展冰柜贮存食品温度抽检的函 — 郃岭县食安办</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 立即打印⟧ ⟦a 回到原文⟧</div>
<div class="print-url">⟦m 本页地址：http://www.helingsab.gov.cn/art/2024/6/18/art_1031_5502.html⟧</div>
<h2 align="center">{T}</h2>
<div class="print-body">
{BODY}
</div>
<div class="print-foot">⟦p ⎸第 1 页 · 共 1 页⎹⟧</div>
</body>
</html>
""",
        body="""
郃岭县连锁超市协会：
为掌握全县商超冰柜贮存食品的温度状况，县食安办定于6月下旬至7月中旬开展冰柜贮存食品温度抽检。抽检将随机选取超市、便利店冰柜中的速冻食品、冷饮和冷冻肉品，现场测量中心温度并记录。
请贵协会通知各会员单位予以配合，抽检时安排专人陪同，如实提供冰柜温度记录和进货台账。
联系人：郃岭县食安办 谭晓露，电话：0836-2219046。
郃岭县食品安全委员会办公室
2024年6月18日
抄送：县市场监督管理局。
""",
    ),
    dict(
        slug="print-host-script-oxygen-donation-footer",
        site="嵖坪镇人民政府 (invented, print view as text)",
        style="打印页",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.chapingzhen.gov.cn/print/hdgl/1203.html",
        title="爱心制氧机捐赠仪式主持词",
        record_title="爱心制氧机捐赠仪式主持词（A4纸打印版式）",
        date=None,
        notes="print view as text: print stamp (no date), page header line, a print footer ⧱ 1 / 1 ⧱; a host script with no date",
        page="""
!m 嵖坪镇人民政府 · 活动资料 · 打印版
!m 打印时间：2024/12/08 10:42　打印人：党政办
{T}
{BODY}
!m 本页网址：http://www.chapingzhen.gov.cn/hdgl/1203.html
!p ⧱ 1 / 1 ⧱
""",
        indent="\u3000\u3000",
        body="""
尊敬的各位领导、各位来宾，乡亲们：
大家上午好！冬天来了，镇上一些患肺病的老人呼吸困难，吸氧成了他们最迫切的需要。今天，我们在这里举行爱心制氧机捐赠仪式，把20台制氧机送到老人们手中。
首先，请允许我介绍出席今天仪式的领导和嘉宾。
下面，进行第一项，请捐赠企业代表讲话。
进行第二项，请受赠老人代表发言。
进行第三项，举行捐赠交接仪式，请捐赠方和受赠方代表上台。
乡亲们，一台制氧机，送去的是呼吸的顺畅，更是社会的温暖。捐赠仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="webmail-beihu-fwd-glucose-attachment-bar",
        site="邶湖区政务邮箱 (invented webmail)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.beihu.gov.cn/read?mid=20240311092012",
        title="关于领取慢病随访血糖仪的通知",
        record_title="转发：关于领取慢病随访血糖仪的通知（请各站点于周五前回复）",
        date="2024-03-08",
        date_also=["2024-03-11"],
        notes=(
            "webmail reading view: forwarded header with its own 抄送, an attachment bar beside the notice's own 附件 "
            "list and 抄送 line; the mail's send date differs from the notice's date"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>转发：关于领取慢病随访血糖仪的通知（请各站点于周五前回复） - 邶湖区政务邮箱</title>
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="wm-top">⟦m 邶湖区政务邮箱⟧ ⟦m luoming@beihu.gov.cn⟧ ⟦a 退出⟧</div>
<div class="wm-bar">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="wm-head">
<div class="subject">⟦t 转发：关于领取慢病随访血糖仪的通知（请各站点于周五前回复）⟧</div>
<div>⟦m 发件人：骆明远 &lt;luoming@beihu.gov.cn&gt;⟧</div>
<div>⟦m 收件人：各社区卫生服务站⟧</div>
<div>⟦m 抄　送：韩冬梅 &lt;handm@beihu.gov.cn&gt;⟧</div>
<div>⟦m 时　间：2024年3月11日(星期一) 上午9:20⟧</div>
</div>
<div class="wm-attach">⟦a 附件 2 个：站点领用申请表.docx (36K)　血糖仪发放登记表.xlsx (18K)　全部下载　在线预览⟧</div>
<div class="wm-body">
<p>⟦m -------- 转发邮件信息 --------⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="wm-foot">⟦d 本邮件系统仅用于政务办公，请勿发送涉密信息。⟧</div>
</body>
</html>
""",
        body="""
各社区卫生服务站：
根据区卫生健康局安排，今年第一批慢病随访用血糖仪已到货，共120台。请各站点于3月15日前派专人到中心设备科领取。
领取时请携带以下材料：
1. 站点领用申请表（加盖公章）；
2. 辖区糖尿病患者随访名单。
血糖仪领回后，请各站点登记入账，专机专用，不得外借。
联系人：设备科 骆明远，电话：0836-6651230。
附件：1.站点领用申请表
2.血糖仪发放登记表
邶湖区社区卫生服务中心
2024年3月8日
抄送：区卫生健康局基层卫生科。
""",
    ),
    dict(
        slug="mail-shunjie-fwd-letter-dashcam-docx",
        site="顺捷物流企业邮箱 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:lipei@beihuantai.com",
        title="关于调取车辆行车记录仪视频资料的函",
        record_title="Fwd: 关于调取车辆行车记录仪视频资料的函.docx",
        date="2024-07-30",
        date_also=["2024-08-01"],
        notes=(
            "a forwarded mail as text whose subject is a .docx file name; forward headers and a mail signature; the "
            "letter's own contact stays; the forward date differs from the letter's date"
        ),
        page="""
!m ---------- Forwarded message ----------
!m 发件人：安全部 樊立新 <fanlx@shunjie56.com>
!m 日期：2024年8月1日 周四 14:06
!m 收件人：理赔部 <lipei@beihuantai.com>
!t 主题：Fwd: 关于调取车辆行车记录仪视频资料的函.docx
{T}
{BODY}
!m --
!m 郕阳顺捷物流有限公司 安全管理部
!m 电话 0836-6120300 转 8 ｜ www.shunjie56.com
!d 此邮件及其附件可能含有保密信息，如误收请立即删除并通知发件人。
""",
        indent="\u3000\u3000",
        body="""
邶湖安泰财产保险公司理赔部：
贵公司7月26日来函收悉。关于我公司车辆（车牌号：郕A·5K718）7月24日在鄘城大道发生的追尾事故，经查，该车行车记录仪完整记录了事故经过。
现将事故发生前后各5分钟的视频资料刻录光盘1张，随函送上，请查收。原始存储卡由我公司安全部封存，如需核对，请与我们联系。
联系人：樊立新，电话：0836-6120378。
郕阳顺捷物流有限公司
2024年7月30日
""",
    ),
]
