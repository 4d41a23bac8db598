"""holdout112, part C: encyclopaedia, cloud-drive, snapshot, print and mail pages, and second
sites of the 范文, 文库, portal, news, forum, blog, WeChat and sharing kinds. Invented text; see
../README.md and ../build.py."""

CASES = [
    dict(
        slug="wiki-baike-bronze-drum-entry-html",
        site="百川百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.baichuan.example.com/item/铎川铜鼓/20031",
        title="铎川铜鼓",
        record_title="铎川铜鼓_百川百科",
        date=None,
        notes="encyclopaedia entry: edit links, catalogue box, reference list, a sentence with an example year; no date",
        page="""
<html><head><meta charset="utf-8"><title>铎川铜鼓_百川百科</title></head><body>
<div class="top">⟦m 百川百科　让知识汇聚成河⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<h1>⟦t 铎川铜鼓⟧</h1>
<div class="edit">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 收藏⟧ ⟦l 赞 37⟧</div>
<div class="catalog">⟦l 目录　1 历史沿革　2 形制特点　3 传承保护⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：1. 铎川县志·文化卷　2. 铎川县文化馆. 铜鼓普查报告⟧</div>
<div class="stat">⟦m 词条统计　浏览次数：5827次　编辑次数：9次　最近更新：鼓乐爱好者⟧</div>
<div class="foot">⟦d ©2025 百川百科 使用前必读⟧ ⟦d 百科内容由网友共同编辑，如有错误请点击纠错⟧</div>
</body></html>
""",
        body="""
铎川铜鼓，流行于铎川县及周边地区的民间打击乐器和礼器，是当地县级非物质文化遗产代表性项目。
铜鼓鼓面中心饰太阳纹，周围环绕蛙饰和云雷纹，鼓身分胸、腰、足三段。
据县文化馆普查，全县现存明清时期铜鼓六十一面，其中完整可用的有四十三面。
演奏时将铜鼓悬挂于木架，一人执槌击鼓面，一人持木桶在鼓后收放，使鼓声产生起伏。
""",
    ),
    dict(
        slug="netdisk-yunhe-script-game-minutes-share",
        site="云盒网盘 (invented)",
        style="网盘分享",
        genre="会议纪要",
        kind="report",
        form="text",
        source="https://pan.yunhe.example.com/s/1xKq8vPnT0",
        title="韶溪区剧本娱乐行业座谈会纪要",
        record_title="韶溪区剧本娱乐行业座谈会纪要.pdf",
        date="2025-05-28",
        notes="cloud-drive preview: file name title, expiry and save-to-drive buttons, share stamp is no date; minutes lines kept; wrapped at 58 columns",
        wrap=58,
        page="""
!m 云盒网盘 | 文件预览
!t 韶溪区剧本娱乐行业座谈会纪要.pdf
!m 分享者：sx_wenlv***　分享于 2025-06-03 15:22　有效期：永久
!a 保存到我的网盘　　下载（1.2M）　　举报
{BODY}
!a 预览仅显示前3页，完整文件请下载后查看
!d 请勿分享违法违规内容，一经发现将封禁账号
""",
        body="""
时间：2025年5月28日上午
地点：区文化馆二楼会议室
主持：区文旅局副局长　梁文斌
参会：区内剧本娱乐经营场所代表十四人、区消防救援大队、区市场监管局
会议通报了前期专项检查情况，全区三十七家场所中有九家存在消防通道堆物、应急照明损坏等问题，目前已整改八家。
与会企业代表提出，希望主管部门出台剧本内容审核指引，明确哪些题材不能做。区文旅局表示将在三个月内制定指引并征求行业意见。
会议要求，各场所于6月底前完成员工安全培训，培训记录报区文旅局备案。
""",
    ),
    dict(
        slug="snapshot-sousou-water-meter-faq",
        site="搜搜快照 (invented)",
        style="搜索快照",
        genre="问答",
        kind="other",
        form="text",
        source="http://cache.sousou.example.com/c?m=9f65cb4a8c8507ed4fece76310&p=8b2a9715",
        title="智能水表常见问题解答",
        record_title="智能水表常见问题解答_磐阳水务",
        date=None,
        notes="snapshot frame: the cache banner, the original URL, the highlighted-terms line; snapshot time is no date; numbered Q&A kept",
        page="""
!d 这是 http://www.panyangwater.example.com/fw/faq.html 的快照，是网页在 2025年7月2日 的存档。
!d 当前页面可能已经更改，点击此处查看最新网页。搜搜快照与网页作者无关，不对其内容负责。
!m 您查询的关键词已被标亮：智能水表　常见问题
!m 磐阳水务 | 服务指南 | 常见问题
{T}
{BODY}
!m 磐阳市供水有限公司 客服热线 96606
""",
        body="""
1. 智能水表需要换电池吗？
智能水表内置锂电池，设计使用寿命为六年，电量不足时系统会提前短信提醒用户。
2. 智能水表的读数怎么查看？
表盘液晶屏显示累计用水量，按一下表盘右侧按钮可切换显示本月用水量。
3. 怀疑水表计量不准怎么办？
用户可以向营业厅申请校验，校验不合格的免费更换，校验合格的按规定收取校验费。
""",
    ),
    dict(
        slug="print-fengyuan-geese-closure-notice-html",
        site="沣源湖湿地保护中心 (invented)",
        style="打印页",
        genre="通告",
        kind="notice",
        form="html",
        source="https://www.fyhsd.example.org.cn/tzgg/print.jsp?id=2025112",
        title="关于沣源湖核心区越冬期临时封闭的通告",
        record_title="打印预览 - 关于沣源湖核心区越冬期临时封闭的通告",
        date="2025-11-25",
        notes="print view: print/close buttons, URL line, print footer 页 1 of 1 in my own form; 抄送 line kept",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 关于沣源湖核心区越冬期临时封闭的通告</title>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 【打印】⟧ ⟦a 【关闭】⟧ ⟦a 【页面设置】⟧</div>
<div class="h">⟦m 沣源湖湿地保护中心⟧</div>
<h2>⟦t 关于沣源湖核心区越冬期临时封闭的通告⟧</h2>
{BODY}
<div class="url">⟦m 本页地址：https://www.fyhsd.example.org.cn/tzgg/2025112.html⟧</div>
<div class="pf">⟦p ▸ 页 1 ∕ 1 ◂⟧</div>
</body></html>
""",
        body="""
为保护越冬雁类栖息环境，经研究，决定自2025年12月1日至2026年2月28日对沣源湖核心区实行临时封闭。
封闭期间，核心区禁止游人进入，禁止垂钓、划船和放飞无人机。
游客可在东岸观鸟长廊远距离观赏，观鸟长廊每日开放时间为8:00至17:00。
特此通告。
沣源湖湿地保护中心
2025年11月25日
抄送：沣源市林业局、沣源市公安局湖区派出所
""",
    ),
    dict(
        slug="mail-hanshui-yuba-sampling-forward",
        site="邗水区市场监管局邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:scjg-spk@hanshui.example.gov.cn#msg-20250411",
        title="关于开展腐竹等豆制品专项抽检的通知",
        record_title="转发：关于开展腐竹等豆制品专项抽检的通知",
        date="2025-04-10",
        date_also=["2025-04-11"],
        notes="forwarded mail: mail headers and signature are meta; the document's own 附件 list kept; 成文日期 differs from the send date",
        page="""
!m 发件人：食品科 <scjg-spk@hanshui.example.gov.cn>
!m 发送时间：2025年4月11日(星期五) 上午9:12
!m 收件人：各市场监管所
!m 主题：转发：关于开展腐竹等豆制品专项抽检的通知
!m 附件：抽检任务分配表.xlsx (18K)
!m 各所：转发如下，请按要求落实。
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!m --
!m 邗水区市场监督管理局食品生产科
!d 此邮件可能包含保密信息，如误收请立即删除并通知发件人。
""",
        body="""
各市场监管所：
近期省局通报部分地区腐竹产品中检出违规添加吊白块。为保障群众饮食安全，决定在全区开展腐竹等豆制品专项抽检。
一、抽检对象：辖区内豆制品生产小作坊、农贸市场和商超销售的腐竹、豆皮、千张。
二、抽检数量：每所不少于十五批次，其中小作坊产品不少于八批次。
三、时间要求：4月30日前完成抽样，5月15日前报送结果。
附件：1.豆制品抽检任务分配表
2.抽样单（样式）
邗水区市场监督管理局
2025年4月10日
""",
    ),
    dict(
        slug="fanwen-qiushu-summary-century-egg-coop",
        site="秋书范文 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.qiushufw.example.com/zongjie/hezuoshe/18834.html",
        title="皮蛋加工专业合作社2024年度工作总结",
        record_title="【优秀范文】皮蛋加工专业合作社2024年度工作总结（通用3篇）_秋书范文",
        date="2024-12-28",
        notes="范文 site: writing-service prompt on a line of its own between paragraphs, copy-lock line, 精选 decoration; a production table",
        page="""
!m 秋书范文 - 好范文，一搜就有
!m 当前位置：首页 > 工作总结 > 合作社工作总结
!t 皮蛋加工专业合作社2024年度工作总结
!m 时间：2025-01-03　作者：秋书编辑部　手机版
!a 本文已被复制保护，如需全文请点击“下载Word”
{BODY}
!a 下载Word　　收藏本文　　纠错
!l 猜你喜欢：养鸭合作社年度总结　农民专业合作社年终工作汇报
!m 秋书范文 qiushufw.example.com
""",
        body="""
2024年，合作社在镇党委、政府的关心支持下，坚持“统一收蛋、统一加工、统一品牌”的思路，各项工作取得了新进展。
一、生产经营情况
品类　产量　销售额
松花皮蛋　1860万枚　1302万元
咸鸭蛋　420万枚　336万元
⟦w 需要定制本单位总结，联系秋书写手 微信 qsfw0808⟧
二、带动农户情况
全年收购社员鸭蛋二千四百万枚，带动养鸭户一百三十六户，户均增收一万二千元。
三、存在的问题
一是包装设计陈旧，二是电商销售人才缺乏。2025年我们将着力补齐这两块短板。
棠城市松香皮蛋加工专业合作社
2024年12月28日
""",
    ),
    dict(
        slug="wenku-hengxin-maltose-report-html-pages",
        site="恒信文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.hengxinwk.example.com/d/5a7c19e3.html",
        title="关于漪城传统麦芽糖技艺传承情况的调研报告",
        record_title="关于漪城传统麦芽糖技艺传承情况的调研报告（word可编辑）",
        date="2025-08-12",
        notes="文库 reader in HTML: page markers as HTML paragraphs cutting a paragraph, preview-end prompt, download counters",
        pages=dict(fmt="⸤{n}⸥", every=160, start=2),
        p_html='<p class="reader-p">{}</p>',
        page="""
<html><head><meta charset="utf-8"><title>关于漪城传统麦芽糖技艺传承情况的调研报告（word可编辑）- 恒信文库</title></head><body>
<div class="hd">⟦m 恒信文库⟧ ⟦a 上传文档⟧ ⟦a 开通VIP⟧</div>
<h1>⟦t 关于漪城传统麦芽糖技艺传承情况的调研报告⟧</h1>
<div class="doc-info">⟦m 5页　1.8万字　下载 127　评分 4.6⟧</div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 试读结束，剩余3页需下载查看⟧ ⟦a ￥4.90 立即下载⟧</div>
<div class="rel">⟦l 相似文档　非遗传承人认定工作总结　传统小吃产业调研报告⟧</div>
<div class="ft">⟦d 文档来自用户上传，恒信文库不对内容真实性负责⟧</div>
</body></html>
""",
        body="""
为摸清我市传统麦芽糖技艺的传承现状，市非遗保护中心于7月组织调研组，走访了古街、老城和三个乡镇的十九家糖坊。现将调研情况报告如下。
一、基本情况。全市现有麦芽糖手工作坊十九家，从业人员七十六人，其中六十岁以上的四十一人，三十岁以下的仅有五人。
二、存在的问题。一是传承人老龄化严重，年轻人觉得熬糖辛苦、收入不稳定，不愿意学；二是作坊多为家庭经营，卫生条件参差不齐；三是产品单一，缺乏包装和品牌。
三、对策建议。建议将麦芽糖技艺列入市级非遗名录，对带徒传艺的传承人给予补贴，并在古街设立集中展示和销售区。
漪城市非物质文化遗产保护中心
2025年8月12日
""",
    ),
    dict(
        slug="gov-xiuchuan-township-winter-melon-plan",
        site="岫川县白沙镇人民政府 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.xiuchuan.example.gov.cn/bsz/zfxxgk/2025/0302/219.html",
        title="白沙镇2025年冬瓜产业提质增效实施方案",
        record_title="白沙镇2025年冬瓜产业提质增效实施方案",
        date="2025-03-02",
        notes="township portal page, plain text: 信息公开 meta, 文号 neutral, 印发 line kept, a glued print action after a sentence",
        page="""
!m 岫川县人民政府门户网站 · 乡镇之窗 · 白沙镇
!m 信息来源：白沙镇人民政府　发布日期：2025-03-02　访问量：189
{T}
白政发〔2025〕4号
{BODY}
!a 【我要纠错】【打印】【关闭】
!m 岫川县人民政府办公室主办　网站标识码：4312250014
""",
        body="""
各村（社区）、镇直各单位：
为推动冬瓜产业提质增效，特制定本方案。
一、目标任务：全镇冬瓜种植面积稳定在八千亩，亩均效益提高一成以上。
二、主要措施：推广吊瓜栽培和水肥一体化技术，建设冷库两座，培育冬瓜深加工企业一家。⟦a 打印本段⟧
三、保障措施：镇财政安排产业扶持资金六十万元，对新建冷库给予每立方米一百元补助。
白沙镇人民政府
2025年3月2日
白沙镇党政办公室　2025年3月2日印发
""",
    ),
    dict(
        slug="news-hanshui-evening-yuba-fair-html",
        site="邗水晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hswb.example.com/shehui/2025-10/13/content_77201.htm",
        title="首届邗水腐竹文化节开幕",
        record_title="首届邗水腐竹文化节开幕_社会_邗水晚报网",
        date="2025-10-13",
        notes="news portal: the title glued to the lead in the first paragraph, photo caption, an editor line glued after the last paragraph; dotted date line",
        page="""
<html><head><meta charset="utf-8"><title>首届邗水腐竹文化节开幕_社会_邗水晚报网</title></head><body>
<div class="head">⟦m 邗水晚报网⟧ ⟦a 数字报⟧ ⟦a 客户端下载⟧</div>
<div class="nav">⟦m 首页　本地　社会　财经　文体　评论⟧</div>
<h1>⟦t 首届邗水腐竹文化节开幕⟧</h1>
<div class="info">⟦m 2025.10.13 08:05　邗水晚报　记者 孙悦　通讯员 韩冬⟧</div>
<div class="text">
{BODY}
</div>
<div class="tag">⟦l 关键词：腐竹 文化节 邗水⟧</div>
<div class="more">⟦l 更多新闻 >>⟧</div>
<div class="foot">⟦d 邗水晚报网版权所有，未经书面授权禁止使用⟧</div>
</body></html>
""",
        body="""
本报讯 12日上午，首届邗水腐竹文化节在瓦窑村开幕，来自全区的三十多家腐竹作坊现场展示传统制作工艺。
文化节设置了腐竹制作体验、豆制品美食评选和直播带货等活动。开幕当天，现场销售腐竹一万二千余斤。
⟦m 游客在瓦窑村体验挑腐竹。记者 孙悦 摄⟧
瓦窑村党支部书记赵长青介绍，村里现有腐竹作坊二十一家，去年腐竹产值达到四千六百万元。⟦m 责编：陆敏⟧
""",
    ),
    dict(
        slug="forum-bingyuan-cordyceps-price-post",
        site="冰原户外论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.bingyuanhuwai.example.com/forum.php?mod=viewthread&tid=28731",
        title="今年虫草行情和上山采挖见闻（长文）",
        record_title="今年虫草行情和上山采挖见闻（长文）",
        date=None,
        notes="forum post with relative time 3天前 (no date), signature line, reply boxes, junk glued after sentences",
        junk=dict(lines=0, glued=2),
        page="""
!m 冰原户外论坛 » 高原见闻 » 正文
!t 今年虫草行情和上山采挖见闻（长文）
!m 雪山下的老刘　3天前　阅读 6022
{BODY}
!m ——签名：走过的路都算数——
!l 回复（38）　　只看楼主　　打赏
!l 1#　格桑梅朵：楼主辛苦，照片能多发几张吗
!m 冰原户外论坛 版权所有
""",
        body="""
今年五月底跟着向导上了榕坪的采挖点，在山上住了十二天，说说见闻。
价格方面，鲜草收购价比去年低了两成左右，中等个头的一根三十元上下，收购商说是因为今年出草早、量大。
采挖点海拔四千五百米，前三天头疼得睡不着，好在向导带了氧气和药，第四天才慢慢适应。
最让我感动的是，当地牧民挖完一根虫草，都会把草皮原样盖回去，说这样明年还能长。
""",
    ),
    dict(
        slug="blog-qinling-ranger-bear-diary",
        site="青岗护林笔记 (a blog, invented)",
        style="博客",
        genre="日志",
        kind="other",
        form="text",
        source="https://qinggang-ranger.example.blog.cn/post/2025/07/bear-tracks",
        title="巡山遇到黑熊脚印以后",
        record_title="巡山遇到黑熊脚印以后 – 青岗护林笔记",
        date="2025-07-19",
        notes="blog: 发表于 line as the page date; tag cloud and archive; the ranger's own phone number in the body kept",
        page="""
!m 青岗护林笔记
!m 一个护林员的山间日常
!t 巡山遇到黑熊脚印以后
!m 发表于 2025年7月19日　由 老罗 ｜ 3 条评论
{BODY}
!l 标签云：护林 黑熊 青岗 红外相机 巡山
!l 近期文章：红外相机拍到了什么　雨季巡山注意事项
!l 归档：2025年七月　2025年六月　2025年五月
!m 自豪地采用 WordPress
""",
        body="""
今天早上巡到二号沟，在溪边泥地上看到一串新鲜的黑熊脚印，前掌宽度将近十五厘米，应该是一头成年熊。
我按规定没有往前追，先拍照、测量、记录坐标，然后沿原路退回，在沟口挂上了警示牌。
回站里以后，把照片发到了县林业局的监测群，技术员说这头熊可能是上个月红外相机拍到的那头。
附近村民如果在二号沟一带看到熊的痕迹，可以打我电话：139 0916 2207，我会第一时间赶过去。
""",
    ),
    dict(
        slug="wechat-panyang-water-meter-reading-html",
        site="微读镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.weidu-mirror.example.com/s/panyangshuiwu/2025-0703",
        title="7月起水费账单改为线上推送",
        record_title="7月起水费账单改为线上推送 | 磐阳水务",
        date="2025-07-03",
        notes="WeChat mirror: account line with the date, follow card, 点赞/在看 row; the body tells readers to 关注/绑定 (kept)",
        page="""
<html><head><meta charset="utf-8"><title>7月起水费账单改为线上推送 | 磐阳水务</title></head><body>
<div class="mirror">⟦m 微读镜像 — 公众号文章在线阅读⟧</div>
<h1>⟦t 7月起水费账单改为线上推送⟧</h1>
<p class="acct">⟦m 磐阳水务　2025年7月3日 17:45⟧</p>
{BODY}
<div class="like">⟦l 👍 赞 58　在看 19　分享⟧</div>
<div class="follow">⟦a 关注磐阳水务，随时掌握停水信息⟧</div>
<div class="cp">⟦d 文章版权归原作者及原公众号所有⟧</div>
</body></html>
""",
        body="""
为节约纸张、方便用户，自2025年7月起，城区已更换智能水表的用户，纸质水费通知单停止投递，改为线上推送账单。
用户请关注本公众号，在“我的服务”中绑定户号，即可按月收到账单并在线缴费。
老年用户不会操作的，可以持户号到任一营业厅办理，工作人员将协助绑定。
""",
    ),
    dict(
        slug="docshare-wenhui-okra-planting-guide",
        site="文汇共享 (invented)",
        style="文档分享",
        genre="技术规程",
        kind="other",
        form="text",
        source="https://www.wenhuigx.example.net/doc/8802541.html",
        title="蒗溪县秋葵标准化种植技术规程",
        record_title=None,
        date=None,
        notes="sharing page without a record title (found on the page); page markers ‹‹n›› glued; upload time is no date",
        pages=dict(fmt="‹‹{n}››", every=130, start=2, glue=True),
        page="""
!m 文汇共享 · 文档频道
!m 农业技术 / 蔬菜种植
{T}
!m 贡献者：蒗溪农技站小刘　上传于2025-03-21　共3页
{BODY}
!a 免费下载　　加入收藏　　分享给好友
!d 该文档由用户自行上传分享，如涉及侵权请联系平台删除。
""",
        body="""
1 范围
本规程规定了秋葵露地栽培的产地环境、播种育苗、田间管理、病虫害防治和采收要求，适用于蒗溪县秋葵生产基地。
2 播种育苗
4月中下旬地温稳定在十五摄氏度以上时直播，每穴播种三粒，出苗后留壮苗一株，行距七十厘米，株距四十厘米。
3 田间管理
开花结果期每隔十天追肥一次，遇干旱及时沟灌，雨后及时排水，防止积水烂根。
4 采收
花谢后四至五天、果长八至十厘米时采收，每天或隔天采收一次，采收时戴手套，防止茸毛刺激皮肤。
""",
    ),
]
