"""Holdout361, part F: exam forums, encyclopaedias, cloud drives, search caches, print views, mails.

Invented text (places, people, sites, URLs, phones, chrome); see ../README.md and ../build.py
for the markup. Written by hand for this part only.
"""

CASES = [
    dict(
        slug="examforum-shangan-interview-massage-balls-jammer",
        site="上岸研习社论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shanganyxs.com/thread-77812-1-1.html",
        title="单位给职工发按摩球，有人说是形式主义，你怎么看",
        record_title="〔结构化·综合分析〕单位给职工发按摩球，有人说是形式主义，你怎么看（内含作答脉络）- 面试交流 - 上岸研习社",
        date=None,
        notes="exam forum with jammer fonts: a reply-to-see prompt, a rating row and a QQ-group ad; the "
        "answer is the body; relative times are no dates",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>〔结构化·综合分析〕单位给职工发按摩球，有人说是形式主义，你怎么看（内含作答脉络）- 面试交流 - 上岸研习社</title>
<style>font.jammer{color:#fdfdfd;font-size:1px}</style>
</head>
<body>
<div id="hd">⟦m 上岸研习社 · 公考人的自习室⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 上岸研习社 › 面试交流 › 结构化真题⟧</div>
<div class="qqad">⟦w 面试互助群满员扩招：QQ群 618 023 775，进群领真题⟧</div>
<table><tr>
<td class="pls">⟦m 考霸阿逸⟧<br>⟦m 积分 2304　上岸指数 ★★★⟧</td>
<td class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 6 天前 ｜ 查看 2218 ｜ 回复 37⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="hide-tip">⟦a 本帖隐藏的内容：回复后可见“答题框架思维导图”⟧</div>
<div class="rate">⟦a 评分　参与人数 9　研习币 +27　思路清晰⟧</div>
<div class="po">⟦a 回复　支持　反对　收藏⟧</div>
</td></tr></table>
<div class="rep">⟦l 沙发　冲冲冲：第三层“怎么改”写得好，抄走了。⟧</div>
<div id="ft">⟦m 上岸研习社　Powered by Discuz!　粤ICP备20066018号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
我的观点是：发按摩球本身不是形式主义，关键看怎么发、发完之后有没有跟上。
首先，这件事的出发点是好的。机关干部久坐伏案，颈肩腰背问题普遍，单位关心职工健康，用一颗小小的按摩球提醒大家起身活动，成本低、见效快，值得肯定。
其次，之所以有人说是形式主义，问题可能出在三个地方：一是发了就完，没有教方法，很多人不会用，放在抽屉里落灰；二是为了完成“健康单位”创建任务而发，拍照留痕比实际使用更重要；三是职工真正需要的是减少无效加班、有时间锻炼，一颗球解决不了根本问题。
最后，怎么把好事办好？我认为可以做三件事：请康复医生开一次讲座，教会大家正确用法；把工间操落到实处，每天上午、下午各留出十分钟；更重要的是精简会议和材料，让职工有时间、有精力去锻炼。
""",
    ),
    dict(
        slug="examforum-shenlun-essay-grout-details-junk",
        site="申论磨刀石 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="http://www.shenlunmds.com/forum/essay/20413",
        title="从一道美缝看城市治理的“细节功夫”",
        record_title="[申论范文·基层治理] 从一道美缝看城市治理的“细节功夫”（拍砖轻点，新人第3篇）- 范文交流 - 申论磨刀石",
        date=None,
        notes="exam-forum essay with text junk (lines and glued); a reply-to-see prompt and replies after the "
        "post; relative times are no dates",
        page="""
!m 申论磨刀石 — 一天一篇，磨出高分
!m 首页 › 范文交流 › 正文
!t [申论范文·基层治理] 从一道美缝看城市治理的“细节功夫”（拍砖轻点，新人第3篇）
!m 作者：刷题的小柱子　　发表于 3 天前　　回复 19
{BODY}
!a 回复本帖可查看批改老师的评分
!l 1楼　批改老师老曾：立意准确，第三段论证可再具体些，给个二类上。
!l 2楼　山那边：“一道美缝”这个切口选得妙。
!m 申论磨刀石　版权所有　QQ交流群：50721 8833
""",
        indent="\u3000\u3000",
        junk=dict(lines=2, glued=2),
        body="""
装修过房子的人都知道，瓷砖铺得再漂亮，缝没处理好，用不了多久就发黑发霉。一道美缝，花钱不多，却决定了一面墙的“颜值”和寿命。城市治理也是如此，宏大的规划要落地，最终要靠一道道“缝”来收口。
城市里的“缝”，是老旧小区的楼道、背街小巷的路面、公交站和地铁口之间的最后一百米。这些地方不显眼、不出彩，却是群众每天都要经过的地方，也最能检验治理的成色。
下好“细节功夫”，首先要看得见缝。管理者要多走街串巷，把群众反映的小问题当成治理的“清单”；其次要补得好缝，用精细化的标准、专业化的队伍，把小事办实办好；最后要守得住缝，建立长效管护机制，防止“一阵风”过后又回到老样子。
美缝见功夫，细节见初心。把每一道“缝”处理好，城市才能既有面子，更有里子。
""",
    ),
    dict(
        slug="encyclopedia-wanwu-entry-splatter-screen",
        site="万物小百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.wanwubaike.com/item/防溅罩",
        title="防溅罩",
        record_title="防溅罩（灶具配件）- 万物小百科",
        date=None,
        notes="encyclopaedia: 阅读/编辑/讨论/历史 tabs, an infobox, a contents box, reference markers glued after "
        "a 。, an 'edit this section' link; the entry name opens the body (head match); no date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>防溅罩（灶具配件）- 万物小百科</title>
<link rel="stylesheet" href="/skins/wanwu/main.css">
</head>
<body>
<div class="ww-head">⟦m 万物小百科 · 人人可编辑的生活百科⟧ <input placeholder="搜索词条"> <a>⟦a 登录⟧</a></div>
<div class="ww-tabs">⟦a 阅读⟧ ⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧</div>
<h1>{T}</h1>
<div class="ww-sub">⟦m 厨房用具词条 · 本词条由“万物小百科”厨具编辑组审核⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：防溅罩⟧</td></tr><tr><td>⟦m 别名：防溅网、防油网罩⟧</td></tr><tr><td>⟦m 类别：厨房用具⟧</td></tr><tr><td>⟦m 常见材质：不锈钢、硅胶⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 结构　2 使用方法　3 清洁与保养　4 参考资料⟧</div>
<div class="ww-content">
{BODY}
</div>
<div class="ww-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 冶城市厨具行业协会．家用油锅防溅罩（征求意见稿）⟧</p><p>⟦l [2] 猿岭消防．厨房热油溅伤？一只防溅罩就能挡住大半⟧</p></div>
<div class="ww-foot">⟦m 词条统计：浏览 9,882 次　编辑 14 次　最近更新 5 个月前⟧<br>⟦d 万物小百科内容仅供参考，如需专业意见请咨询相关人士。⟧</div>
</body>
</html>
""",
        body="""
防溅罩是煎炸烹饪时盖在锅口上方、用来阻挡热油飞溅的厨房用具，多为带手柄的圆形细密金属网，也有硅胶边框或可折叠的款式。[1]
结构⟦a [编辑本段]⟧
防溅罩一般由网面、外圈和手柄三部分组成。网面孔径较小，热气和水汽可以透过，油滴则大部分被拦住；外圈用于支撑网面并压在锅沿上；手柄多带有隔热套。
使用方法
煎炸食物时，将防溅罩平放在锅口上，网面尺寸应略大于锅口。翻动食材时手持手柄移开，翻完再盖上。防溅罩不能代替锅盖，油锅起火时应关火后用锅盖盖灭。⟦l [2]⟧
清洁与保养
网面容易积油，宜在使用后趁热用洗洁精和软毛刷清洗，不宜用钢丝球刷洗，以免网面变形。网面破损或变形后应及时更换。
""",
    ),
    dict(
        slug="encyclopedia-qiwu-entry-massage-ball",
        site="器物词典 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://qiwucidian.org/entry/anmoqiu",
        title="按摩球",
        record_title="按摩球 - 器物词典（健身器材分册）",
        date=None,
        notes="text entry: infobox lines, a contents line, edit links glued to section headings; the entry "
        "name opens the body (head match for the repeated title); an update stamp is no date",
        page="""
!m 器物词典 · 健身器材分册
!a 编辑词条 ｜ 查看历史 ｜ 收藏
{T}
!m 拼音：àn mó qiú　｜　类别：健身器材、康复用具　｜　常见直径：6～12厘米
!l 目录：概述　种类　使用注意
{BODY}
!m 本词条最后修订：上个月　｜　贡献者 7 人
!d 词典内容由志愿者编写，不构成医疗建议。
""",
        indent="",
        body="""
按摩球是一种用于自我按摩和放松肌肉筋膜的球状器材，使用者借助体重或外力在球上滚压身体部位，以缓解肌肉紧张和酸痛。
种类⟦a 〔改〕⟧
按形状分，有圆球、花生球（双球）和带凸点的刺球；按材质分，有硅胶、橡胶、软木和EPP泡沫等。硅胶球较软，刺激温和；软木球和实心橡胶球较硬，适合肌肉厚实的部位。
使用注意⟦a 〔改〕⟧
使用时应避开脊柱、骨骼突出处和急性损伤部位，力度以酸胀可忍受为宜，每个部位一般不超过两分钟。患有骨质疏松、静脉曲张或皮肤破损者，使用前宜咨询医生。
""",
    ),
    dict(
        slug="clouddrive-yunti-contract-template-bathroom-shelves-pdf",
        site="云屉网盘 (invented cloud drive)",
        style="网盘分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://pan.yunti.cc/s/1qK7vHe2Lr",
        title="浴室置物架采购合同（范本）",
        record_title="浴室置物架采购合同（范本）.pdf",
        date=None,
        notes="cloud-drive preview: save/download buttons, VIP speed prompts, a share's expiry stamp; a contract "
        "template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; 第N条 articles; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>浴室置物架采购合同（范本）.pdf_免费高速下载|云屉网盘</title>
<link rel="stylesheet" href="https://st.yunti.cc/share/pv.css">
</head>
<body>
<div class="yt-top">⟦m 云屉网盘 · 文件放进抽屉里⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级屉⟧</a></div>
<div class="yt-share">⟦m 分享者：栖云后勤部　分享于 2 个月前　有效期：永久⟧</div>
<div class="yt-file">
<h2>{T}</h2>
<div class="yt-fi">⟦m 浴室置物架采购合同（范本）.pdf　236KB⟧</div>
<div class="yt-btn"><button>⟦a 保存到我的云屉⟧</button> <button>⟦a 普通下载⟧</button> <button>⟦a 超级屉极速下载⟧</button></div>
</div>
<div class="yt-preview">
{BODY}
</div>
<div class="yt-vip">⟦a 预览仅展示前2页，开通超级屉可在线查看全部页面并享受不限速下载⟧</div>
<div class="yt-report">⟦a 举报该分享⟧</div>
<div class="yt-foot">⟦d 请勿通过云屉分享违法违规内容，云屉网盘将依法配合有关部门处理。⟧<br>⟦m © 2024 yunti.cc⟧</div>
</body>
</html>
""",
        p_html='<p class="pv">{}</p>',
        body="""
甲方（采购方）：××物业管理有限公司
乙方（供应方）：＿＿＿＿＿＿＿＿
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就甲方向乙方采购浴室置物架事宜，订立本合同。
第一条　产品名称、规格和数量：浴室置物架（两层，304不锈钢），＿＿个；转角置物架，＿＿个。
第二条　合同总价：人民币＿＿＿＿元（大写：＿＿＿＿＿＿），含运输、安装及税费。
第三条　质量要求：产品须符合国家相关标准，单层承重不低于××千克，乙方交货时提供检验报告。
第四条　交货与安装：乙方应于合同签订后＿＿日内将产品送至甲方指定地点，并负责打孔安装。
第五条　验收：甲方按本合同约定逐个检查外观、牢固程度和承重，验收合格后签署验收单。
第六条　质保：质保期为××个月，质保期内因产品质量问题导致脱落、锈蚀的，乙方免费更换。
第七条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="clouddrive-sucun-points-grout-process-wps",
        site="速存盘 (invented cloud drive)",
        style="网盘分享",
        genre="工艺要点",
        kind="other",
        form="text",
        source="https://sucunpan.com/f/9XbqL02",
        title="美缝施工工艺要点",
        record_title="美缝施工工艺要点.wps",
        date=None,
        notes="cloud-drive text preview: file name as the record title; page markers ⯦ 第n页 ⯧ on lines of "
        "their own cutting sentences; numbered steps; share and expiry stamps are no dates",
        page="""
!m 速存盘 ｜ 文件分享
!m 美缝施工工艺要点.wps　　58KB　　分享于 5 天前　　7 天后失效
!a 保存到网盘　　下载　　开通加速会员
{BODY}
!a 文档预览结束，完整版请下载后查看
!d 速存盘不对分享内容承担责任，如发现侵权请点击举报。
!m sucunpan.com
""",
        indent="",
        pages=dict(fmt="⯦ 第{n}页 ⯧", every=100, start=2),
        body="""
一、施工前准备
1. 检查瓷砖缝宽，缝宽2毫米以上方可施工，过窄的缝应先用切割机适当开缝。
2. 用清缝机或清缝刀将缝内旧填缝剂清理至2至3毫米深，用吸尘器清除粉尘。
3. 确认缝内干燥，卫生间、厨房应停水24小时以上。
二、施工步骤
1. 沿缝两侧贴美纹纸，保护砖面。
2. 双组份美缝剂按说明书比例混合，胶枪保持45度角匀速打胶，胶体略高于砖面。
3. 用压缝球或刮板压实收光，随即撕去美纹纸。
三、养护与验收
1. 施工后24小时内不得踩踏和用水，48小时后方可正常使用。
2. 验收时缝线应饱满、顺直，无气泡、无断胶，颜色均匀一致。
""",
    ),
    dict(
        slug="snapshot-juguang-notice-town-breakfast-stalls",
        site="炬光搜索网页快照 (invented search-engine cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.juguangso.com/c?m=5f2e90aa&u=http%3A%2F%2Fwww.zhuwan.gov.cn%2Ftzgg%2F2024%2F0612.html",
        title="柱湾镇人民政府关于规范早餐摊点使用三明治机等电热设备的通知",
        record_title="柱湾镇人民政府关于规范早餐摊点使用三明治机等电热设备的通知_柱湾镇人民政府（炬光快照）",
        date="2024-06-12",
        notes="search cache frame: a capture banner with highlighted terms and a link to the live page; the "
        "town portal inside it; 成文日期 under the signature; the capture stamp is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>柱湾镇人民政府关于规范早餐摊点使用三明治机等电热设备的通知_柱湾镇人民政府（炬光快照）</title>
</head>
<body>
<div class="xz-cache" style="border:1px solid #999;background:#f5f5f5;padding:6px">
⟦m 这是炬光搜索对 http://www.zhuwan.gov.cn/tzgg/2024/0612.html 的缓存，抓取于 2024-09-03 04:16⟧<br>
⟦a 网页可能已更新，点此访问当前页面⟧<br>
⟦m 已为您标出搜索词：<b style="background:#ff0">三明治机</b> <b style="background:#0ff">早餐摊点</b>⟧<br>
⟦d 炬光搜索与网页作者无关，不对其内容负责。⟧
</div>
<div class="zw-head">⟦m 柱湾镇人民政府⟧</div>
<div class="zw-nav">⟦m 首页 | 镇情概况 | 政务公开 | 通知公告 | 便民服务⟧</div>
<h2>{T}</h2>
<div class="zw-meta">⟦m 发布时间：2024-06-12　发布机构：柱湾镇人民政府办公室⟧</div>
<div class="zw-txt">
{BODY}
</div>
<div class="zw-foot">⟦m 柱湾镇人民政府主办　联系电话：0798-5360012⟧</div>
</body>
</html>
""",
        body="""
各村（社区）、镇市场监管所、镇安监办：
近年来，我镇集镇早餐摊点数量逐年增加，不少摊点使用三明治机、电饼铛、电热蒸炉等电热设备，私拉乱接电线、设备长时间无人看管等问题较为突出。为消除火灾和触电隐患，现就规范早餐摊点使用电热设备有关事项通知如下。
一、早餐摊点使用的三明治机等电热设备，必须是有合格证的正规产品，电源线和插座应符合安全要求，严禁从居民住宅私拉电线。
二、设备周围不得堆放纸箱、塑料袋等可燃物，营业结束后必须断电。
三、镇市场监管所、安监办要在6月底前对集镇所有早餐摊点开展一次联合检查，对问题摊点建立台账，限期整改。
四、各村（社区）要加强宣传，引导经营户自查自纠。
柱湾镇人民政府
2024年6月12日
""",
    ),
    dict(
        slug="textcache-shiye-letter-massage-ball-testing-oneline",
        site="索引兔文字快照 (invented text-only search cache)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://kz.suoyintu.com/text?id=88d02b&url=ycxfzx.org.cn%2Fgzdt%2F1127.html",
        title="关于商请提供按摩球样品检测支持的函",
        date="2024-11-27",
        notes="record title as is; text-only cache with the whole body on one line; the letter's own 联系人/电话; 成文日期 in "
        "Chinese numerals; the capture stamp is no date",
        page="""
!m 索引兔 · 文字快照（仅文本）
!m 原网址：ycxfzx.org.cn/gzdt/1127.html　　快照时间：3 周前
!a 查看原网页　　查看图片版快照
{T}
{BODY}
!d 文字快照仅保留网页文本，排版以原网页为准。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
冶城市产品质量监督检验所：
近期，我会陆续收到消费者投诉，反映在网上购买的部分按摩球有刺鼻气味，使用后皮肤发红发痒。为了解市场上按摩球产品的质量状况，我会拟于12月开展按摩球消费体察活动，从线上线下购买20批次样品进行比较试验。
鉴于贵所具备塑料和橡胶制品检验能力，特商请贵所在多环芳烃、邻苯二甲酸酯和气味等项目检测方面给予技术支持。检测费用由我会按规定支付。
如蒙同意，请于12月6日前函复。
联系人：左思源，电话：0798-6235519。
冶城市消费者协会
二〇二四年十一月二十七日
""",
    ),
    dict(
        slug="print-yuanling-bulletin-kitchen-splatter-inspection",
        site="猿岭县市场监督管理局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjgj.yuanling.gov.cn/print.jsp?id=20240925-116",
        title="猿岭县市场监督管理局关于餐饮单位后厨防溅罩配备情况检查的通报",
        record_title="打印页 ↱ 猿岭县市场监督管理局关于餐饮单位后厨防溅罩配备情况检查的通报",
        date="2024-09-24",
        notes="print view calling window.print(): a print/close bar, 文号 line neutral, a data table, 抄送 and "
        "印发 lines kept, a print footer ⇳ 第 1 页 ⇳ 共 1 页; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>打印页 ↱ 猿岭县市场监督管理局关于餐饮单位后厨防溅罩配备情况检查的通报</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 【立即打印】⟧ ⟦a 【关掉此窗】⟧ ⟦a 【返回原文】⟧</div>
<div class="pr-src">⟦m 来源网页：猿岭县市场监督管理局 › 通知公告⟧</div>
<h2 style="text-align:center">{T}</h2>
<p style="text-align:center">猿市监餐〔2024〕22号</p>
<div class="pr-body">
{BODY}
</div>
<div class="pr-foot">⟦p ⇳ 第 1 页 ⇳ 共 1 页⟧</div>
</body>
</html>
""",
        body="""
各市场监管所：
为落实夏季厨房安全工作部署，9月上旬，我局会同县消防救援大队对县城和集镇的餐饮单位后厨防溅罩配备情况进行了抽查，共检查餐饮单位86家。现将检查情况通报如下。
区域　检查数（家）　已配备（家）　配备率
县城城区　52　47　90.4%
啸口集镇　18　13　72.2%
其他集镇　16　9　56.3%
检查发现，集镇小餐馆防溅罩配备率明显偏低，部分餐馆虽有防溅罩，但网面破损、油垢堆积，未能正常使用。
请各市场监管所于10月15日前对未配备的27家餐饮单位逐一督促整改，整改情况报局餐饮服务监管股。
猿岭县市场监督管理局
2024年9月24日
抄送：县消防救援大队。
猿岭县市场监督管理局办公室　2024年9月24日印发
""",
    ),
    dict(
        slug="print-qiyun-rules-apartment-shelf-acceptance",
        site="栖云公寓管理有限公司 (invented, print view)",
        style="打印页",
        genre="规定/制度",
        kind="other",
        form="text",
        source="http://oa.qiyun-apt.com/zhidu/print/37",
        title="栖云公寓浴室置物架安装验收规定",
        record_title="〔打印·制度汇编〕栖云公寓浴室置物架安装验收规定",
        date=None,
        notes="print view in text: a print header with the export stamp, 第N条 articles with only an "
        "effective clause, a print footer ≚ 页 1 / 1 ≚; the export stamp is no date",
        page="""
!m 栖云公寓管理有限公司 · 制度汇编（打印版）
!m 打印人：工程部　　导出于：今天 10:42
{T}
{BODY}
!p ≚ 页 1 / 1 ≚
""",
        indent="\u3000\u3000",
        body="""
第一条　为规范公寓浴室置物架的安装和验收，保障租户使用安全，制定本规定。
第二条　本规定适用于公司管理的各公寓项目新装和更换的浴室置物架。
第三条　置物架统一采用304不锈钢材质，打孔安装，每只至少使用2颗膨胀螺丝固定；墙面为空心砖的，应使用专用锚栓。
第四条　安装高度为置物架底层距地面1.1米至1.3米，不得安装在淋浴花洒正下方。
第五条　验收时，工程部验收人员应逐只检查：外观无毛刺、无锈点；用手向下按压无松动；在每层放置5千克重物静置10分钟后无变形。
第六条　验收合格的，在房间设施台账中登记；不合格的，由安装单位在3日内返工。
第七条　本规定自印发之日起施行。
""",
    ),
    dict(
        slug="webmail-yixi-union-letter-massage-ball-order",
        site="逸溪县总工会邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.yixigh.org.cn/read?mid=ZC4102-2024112105",
        title="关于订购职工健身按摩球的函",
        record_title="转交财务室：关于订购职工健身按摩球的函（盼速报价）",
        date="2024-11-20",
        date_also=["2024-11-21"],
        notes="webmail reading view: the office forwards the letter to the finance room; header with its own date and a 抄送 line, an attachment bar beside the letter's "
        "附件 line, the letter's own 联系人/电话/邮箱; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>转交财务室：关于订购职工健身按摩球的函（盼速报价） - 逸溪县总工会邮箱</title>
<link rel="stylesheet" href="/webmail/skin/read.css">
</head>
<body>
<div class="wm-top">⟦m 逸溪县总工会 · 电子邮件系统⟧　⟦m 财务室 郑晓雯⟧　<a>⟦a 退出⟧</a></div>
<div class="wm-left">⟦m 收件箱(12)　草稿箱　已发送　已删除　通讯录⟧</div>
<div class="wm-bar">⟦a 回复 ｜ 回复全部 ｜ 转发 ｜ 删除 ｜ 标记为未读 ｜ 打印⟧</div>
<div class="wm-head">
<p>⟦m 发件人：逸溪县总工会办公室 &lt;bgs@yixigh.org.cn&gt;⟧</p>
<p>⟦m 收件人：郑晓雯 &lt;cwk@yixigh.org.cn&gt;⟧</p>
<p>⟦m 抄　送：县总工会经费审查办公室⟧</p>
<p>⟦m 时　间：2024年11月21日（星期四）上午9:12⟧</p>
<p>主　题：{T}</p>
</div>
<div class="wm-fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="wm-body">
{BODY}
</div>
<div class="wm-att"><p>⟦a 附件（1 个）：按摩球订购需求表.xlsx（14.2KB）　预览　下载　存到网盘⟧</p></div>
<div class="wm-foot">⟦m 逸溪县总工会信息中心提供技术支持⟧</div>
</body>
</html>
""",
        body="""
冶城动力源体育用品有限公司：
为落实职工健康关爱行动，我会拟为全县基层工会职工之家统一配备健身按摩球。现将有关需求函告如下，请贵公司报价。
一、产品要求：硅胶按摩球（直径7厘米）1200颗、EPP花生球600个，须提供产品检验报告，气味、多环芳烃等指标符合国家标准。
二、交货要求：12月20日前分装送至县总工会，每个职工之家一箱，箱内附使用说明。
三、报价要求：请于11月28日前将加盖公章的报价单发送至我会邮箱，报价含运输费用。
联系人：郑晓雯，电话：0798-7211406，邮箱：cwk@yixigh.org.cn。
附件：按摩球订购需求表
逸溪县总工会
2024年11月20日
""",
    ),
    dict(
        slug="mail-forward-weili-feedback-sandwich-maker-trial-docx",
        site="朝食家电客服邮件（转发，纯文本） (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://service.chaoshi-home.com/fwd/2024/0415-031",
        title="关于三明治机试用情况的反馈函",
        record_title="Fwd: 关于三明治机试用情况的反馈函.docx",
        date="2024-04-12",
        date_also=["2024-04-15"],
        notes="forwarded mail as text: the file name with Fwd: as the record title, mail headers with their "
        "own date, a forwarding note, the letter's own 联系人/电话; 成文日期 under the signature",
        page="""
!m -------- Forwarded Message --------
!m 发件人：纬里社区长者食堂 <weili_stjt@163.com>
!m 收件人：朝食家电客户服务中心 <service@chaoshi-home.com>
!m 日期：2024年4月15日 14:06
!m 主题：关于三明治机试用情况的反馈函.docx
!w 客服中心转产品部：请研究第二条，周五前回复客户。——客服 尤佳
{BODY}
!m 此邮件由朝食家电邮件系统转发，原邮件附件1个
!d 本邮件及附件含商业信息，非指定收件人请立即删除。
""",
        indent="\u3000\u3000",
        body="""
朝食家电（冶城）有限公司：
我食堂于2024年3月参加贵公司商用三明治机试用活动，试用型号为BS-60型两台。经一个月的使用，现将试用情况反馈如下。
一、总体评价：设备出餐速度快，一次可制作4份，烤盘受热均匀，员工上手容易，老人们普遍反映口感好。
二、存在问题：一是连续工作一小时以上后，机身侧面温度较高，员工曾被轻微烫伤一次，建议增加隔热外壳；二是烤盘不能拆卸，清洁比较费时。
三、采购意向：如上述问题能够改进，我食堂计划年内再采购两台。
联系人：曾桂芳，电话：0798-6352290。
纬里社区长者食堂
2024年4月12日
""",
    ),
]
