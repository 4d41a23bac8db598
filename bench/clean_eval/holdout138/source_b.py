"""holdout138, part B: feather-duster (鸡毛掸子) workshops, feather collectors and their craft.
Everything invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="oa-fengmao-duster-minutes-flow",
        site="丰毛掸业OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.fengmao.example.local/doc/view.do?id=5521",
        title="关于掸子车间原料防虫工作的会议纪要",
        record_title="内部公文-关于掸子车间原料防虫工作的会议纪要",
        date="2025-08-14",
        notes="intranet document view: 流转记录, read count, watermark; minutes' 时间/地点/主持/参会/记录 lines kept; date from the meeting line",
        page="""
<html><head><meta charset="utf-8"><title>内部公文-关于掸子车间原料防虫工作的会议纪要</title></head>
<body><div class="oa-top">⟦m 丰毛掸业协同办公平台⟧　⟦m 当前用户：质检部 吴佩⟧　<a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　通讯录⟧</div>
<div class="doc"><h3>{T}</h3>
<div class="wm">⟦d 内部资料 严禁外传⟧</div>
{BODY}
</div>
<div class="flow"><b>⟦m 流转记录⟧</b><br>⟦m 2025-08-15 09:12 办公室 王芳 拟稿⟧<br>⟦m 2025-08-15 10:40 总经理 李建国 已阅⟧</div>
<div class="cnt">⟦m 阅读次数：27⟧　<a>⟦a 打印⟧</a>　<a>⟦a 转发⟧</a></div>
</body></html>
""",
        body="""
时间：2025年8月14日下午3时
地点：公司二楼会议室
主持：李建国
参会：生产部、质检部、仓储部负责人及掸子车间班组长
记录：王芳
会议听取了仓储部关于7月份鸡毛原料生虫情况的汇报，研究了防虫措施，议定如下：
一、原料入库前一律经过高温蒸汽消毒，未消毒原料不得进入车间。
二、仓库每周通风两次，樟木防虫包每月更换一次，由仓储部负责落实。
三、质检部每批抽检不少于20把成品，发现虫蛀立即隔离并追溯批次。
""",
    ),
    dict(
        slug="corp-qianyu-duster-recall-aftersales",
        site="千羽家居用品有限公司官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.qianyu-home.example.com/news/notice/20250903.html",
        title="关于召回部分批次伸缩杆鸡毛掸的公告",
        record_title="关于召回部分批次伸缩杆鸡毛掸的公告-千羽家居",
        date="2025-09-03",
        notes="company's after-sales line inside the document beside the site's 400 sales line; product links below",
        page="""
!m 千羽家居　|　首页　产品中心　新闻资讯　联系我们
!m 首页 > 新闻资讯 > 公司公告
{T}
!m 2025-09-03　|　浏览 1462
{BODY}
!l 热销产品：鸵鸟毛除尘掸　静电除尘刷　车用蜡拖
!w 批发订购热线：400-690-1128（工作日 8:30-17:30）
!d Copyright © 2025 千羽家居用品有限公司 版权所有
""",
        body="""
我公司近期在质量回访中发现，2025年6月生产的批号为QY2506A、QY2506B的伸缩杆鸡毛掸，部分产品伸缩卡扣存在松脱隐患，使用中可能导致杆体滑落。
为保障消费者安全，我公司决定自即日起主动召回上述批次产品。
一、消费者可凭购买凭证或产品实物到原购买网点办理免费更换或退款。
二、网购用户请联系售后服务专线：0579-85216630，我们将提供上门取件服务。
三、召回期限至2025年12月31日止。
由此给您带来的不便，我们深表歉意。
千羽家居用品有限公司
2025年9月3日
""",
    ),
    dict(
        slug="train-jiyi-duster-craft-course-price",
        site="稷艺非遗手作学堂 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.jiyi-craft.example.cn/course/dusters-2025-autumn.html",
        title="传统鸡毛掸子制作体验课招生简章",
        record_title="【秋季招生】传统鸡毛掸子制作体验课招生简章（附课程表）",
        date="2025-08-28",
        notes="price tag and trial form beside the text; the school's own 报名电话 kept beside a consultant WeChat prompt; course table kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【秋季招生】传统鸡毛掸子制作体验课招生简章（附课程表）</title></head>
<body><header>⟦m 稷艺非遗手作学堂⟧　⟦m 让老手艺走进新生活⟧　<nav>⟦m 课程　师资　作品　关于我们⟧</nav></header>
<main><h1>{T}</h1><p class="date">⟦m 发布：2025-08-28　阅读 642⟧</p>
{BODY}
</main>
<aside><div class="price">⟦a 体验价 ¥168/人　立即抢位⟧</div><form>⟦a 免费预约试听：姓名 手机号 提交⟧</form></aside>
<div class="float">⟦w 课程顾问微信：jiyi_craft88⟧</div>
<footer>⟦d 本站图片及文字版权归稷艺手作所有⟧　⟦m 浙ICP备22031876号⟧</footer>
</body></html>
""",
        body="""
鸡毛掸子是流传数百年的传统家用器具，扎制工艺讲究选毛、理毛、缠毛三道功夫。本学堂特邀县级非遗传承人朱德旺老师授课，带学员亲手扎制一把属于自己的掸子。
课次　内容　时长
第一课　认识羽毛与选毛　2小时
第二课　藤杆处理与理毛　2小时
第三课　缠毛成型与修整　3小时
上课地点：稷川县文化馆二楼手作教室。
报名电话：0571-86620473（工作日）
""",
    ),
    dict(
        slug="anthology-laozhu-duster-memoir",
        site="朱家庄文存 (invented)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="https://zhujiazhuang.example.net/wencun/juan2/12.html",
        title="父亲的掸子担",
        record_title="《朱家庄文存》卷二·第12篇｜父亲的掸子担",
        date=None,
        notes="collection chapter page; years only inside the text (no date); prev/next chapter links",
        page="""
!m 朱家庄文存 › 卷二 乡事
{T}
!m 作者：朱德旺
{BODY}
!l ← 上一篇：村口的老碾子　　下一篇：腊月里的货郎鼓 →
!a 加入书架　　字体：小 中 大
!d 本文集文字为作者原创，转载请与作者联系。
""",
        indent="\u3000\u3000",
        body="""
一九七九年冬天，父亲第一次挑着掸子担出门。担子一头是扎好的鸡毛掸子，一头是针线和补鞋的家什。
他走村串户，一把掸子换两斤粮票，或者卖八毛钱。遇到人家有攒下的公鸡毛，他就用掸子换毛，回来再扎新的。
父亲扎的掸子毛顺、根紧，用上三五年也不掉毛。他常说，掸子是给人家扫灰的，自己的手艺不能落灰。
后来我接了这门手艺，才知道那一根根鸡毛要一遍遍地挑，长短软硬都得配得上。
""",
    ),
    dict(
        slug="localforum-maoshan-feather-collection-junk",
        site="毛山生活网 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.maoshanlife.example.com/forum.php?mod=viewthread&tid=88102",
        title="毛山镇鸡毛收购点搬迁通知",
        record_title="[便民] 毛山镇鸡毛收购点搬迁通知 - 毛山生活网",
        date="2025-10-09",
        date_also=["2025-10-10"],
        notes="town forum repost: 发表于 a day after the document's date (document's date expected); junk glued and on lines",
        page="""
!m 毛山生活网 » 毛山论坛 » 便民信息
{T}
!m 发表于 2025-10-10 07:55 | 只看该作者 | 倒序浏览
{BODY}
!l 收藏 1　　分享　　支持 3　反对 0
!l 本版热帖：毛山中学周边停车位调整　周六集市改到河东
!d 毛山生活网仅为信息发布平台，帖子内容由网友自行发布。
""",
        junk=dict(lines=1, glued=2),
        body="""
各位村民：
因镇区道路改造，原设在老供销社院内的鸡毛收购点自10月15日起搬迁至毛山村委会东侧空地。
收购时间为每周二、周五上午8时至11时，只收干净、晒干的公鸡颈毛和尾毛，湿毛和杂毛不收。
收购价格按质论价，现场过秤，当场结算。
毛山镇丰毛掸业合作社
2025年10月9日
""",
    ),
    dict(
        slug="download-ruanjian-duster-standard-doc",
        site="百工资料下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.baigongxz.example.com/soft/32017.html",
        title="鸡毛掸子生产工艺要求",
        record_title="鸡毛掸子生产工艺要求.doc",
        date=None,
        notes="old table layout: file-info table, three mirror links, dead-link report; file-name title; no date in the document (only an update stamp)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>鸡毛掸子生产工艺要求.doc - 百工资料下载站</title></head>
<body><table width="980"><tr><td>⟦m 百工资料下载站 www.baigongxz.example.com⟧</td><td>⟦a 加入收藏⟧ | ⟦a 设为首页⟧</td></tr></table>
<table><tr><td>⟦m 位置：首页 → 行业资料 → 轻工⟧</td></tr></table>
<table class="info"><tr><td>⟦m 资料名称：鸡毛掸子生产工艺要求.doc⟧</td><td>⟦m 资料大小：46 KB⟧</td></tr>
<tr><td>⟦m 更新时间：2025-02-11⟧</td><td>⟦m 授权方式：免费⟧</td></tr></table>
<h2>{T}</h2>
<div class="intro">
{BODY}
</div>
<table><tr><td>⟦a 下载地址：电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 备用下载三⟧</td></tr></table>
<p>⟦l 下载不了？点此报告死链⟧</p>
<p>⟦d 本站资料均来自互联网，仅供学习研究，请下载后24小时内删除。⟧</p>
</body></html>
""",
        body="""
1 选毛
1.1 原料选用成年公鸡颈毛、背毛和尾毛，毛片完整、色泽鲜亮，无虫蛀、无霉斑。
1.2 毛片按长度分为三档，分档存放，不得混用。
2 缠扎
2.1 藤杆直径18至22毫米，表面打磨光滑，无毛刺。
2.2 缠毛自下而上逐层进行，每层毛片覆盖上一层三分之二，胶线拉紧均匀。
3 检验
3.1 成品用手轻拉不掉毛，整体呈均匀伞状，方可装箱。
""",
    ),
    dict(
        slug="writingapp-feather-apprentice-speech",
        site="笔墨写作APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.bimoxiezuo.example.com/share/a/77126?from=app",
        title="在鸡毛掸子制作技艺收徒仪式上的讲话",
        record_title="在鸡毛掸子制作技艺收徒仪式上的讲话｜笔墨写作",
        date="2025-03-16",
        notes="speaker line neutral, date under the speech title; open-app prompts top and bottom, glued AI-rewrite button",
        page="""
!a 打开笔墨写作APP，阅读体验更佳
{T}
县级非遗传承人　朱德旺
（2025年3月16日）
{BODY}
!a 一键改写　　复制全文　　生成PPT
!l 相似范文：非遗传承人授徒仪式致辞　拜师仪式主持词
!m 笔墨写作 · 公文写作好帮手
""",
        body="""
各位来宾、各位乡亲：
今天，我正式收下三位徒弟。扎掸子这门手艺，到我这里已经是第四代了。
过去学手艺，先要挑三年毛。挑毛看着简单，其实是在练眼力、练耐心。我希望你们不要嫌它慢，一根毛一根毛地挑出来，心才能静下来。
手艺人靠的是良心。毛不好不扎，杆不直不扎，宁可少卖一把，也不坏了名声。⟦a 点击AI润色本段⟧
最后，感谢文化馆的支持，也希望大家常来作坊看看。谢谢！
""",
    ),
    dict(
        slug="netdisk-maoling-coop-summary-pdf",
        site="存宝云盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://pan.cunbao.example.com/s/1mKq7dZ",
        title="茅岭村羽毛制品专业合作社2024年工作总结",
        record_title="茅岭村羽毛制品专业合作社2024年工作总结.pdf",
        date="2025-01-10",
        notes="cloud-drive preview: share stamp and expiry are not dates; file-name title; date under signature",
        page="""
!m 存宝云盘 | 文件分享
!m 茅岭村羽毛制品专业合作社2024年工作总结.pdf　218KB
!m 分享者：茅岭小周　分享时间：2 天前　有效期：永久
!a 保存到我的云盘　　下载（需客户端）
{BODY}
!a 预览仅显示前 2 页，下载后查看全部
!d 请勿分享违法违规内容，举报有奖
""",
        body="""
2024年，合作社在镇党委、政府的支持下，发展社员63户，全年生产鸡毛掸子、羽毛除尘掸等产品11.2万把，实现销售收入186万元，比上年增长24%。
一是扩大原料来源，与周边5个乡镇的18个收购点建立合作，保障了原料供应。
二是开拓网络销售，开设网店两家，线上销售占比达到35%。
三是带动就业增收，吸纳留守妇女和老人在家加工，人均增收4800元。
2025年，合作社将申请注册商标，建设标准化加工车间。
茅岭村羽毛制品专业合作社
2025年1月10日
""",
    ),
    dict(
        slug="snapshot-yuqiao-feather-price-notice",
        site="搜搜看网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.sousoukan.example.com/c?u=http%3A%2F%2Fyuqiao.example.gov.cn%2Fcwgk%2F1190.html",
        title="羽桥村关于规范鸡毛收购秩序的通知",
        record_title="羽桥村关于规范鸡毛收购秩序的通知 - 快照",
        date="2025-11-02",
        notes="cache frame over a village notice board; snapshot stamp not a date; date under signature",
        page="""
<html><head><meta charset="utf-8"><title>羽桥村关于规范鸡毛收购秩序的通知 - 快照</title></head>
<body><div class="snap-hd">⟦d 这是 http://yuqiao.example.gov.cn/cwgk/1190.html 的快照，是网页在 2025年11月20日 的存档。当前页面可能已经更改。⟧<br>⟦a 查看当前页面⟧ ⟦a 纯文本版⟧</div>
<div class="page"><div class="site">⟦m 羽桥村村务公开栏⟧</div>
<div class="menu">⟦m 村务公开　党务公开　财务公开　便民服务⟧</div>
<h2>{T}</h2>
{BODY}
<div class="ft">⟦m 羽桥村村民委员会　地址：羽桥村一组28号⟧</div></div>
</body></html>
""",
        body="""
全体村民：
近期有外地人员上门低价收购鸡毛，并存在缺斤短两、压价强买等情况。为维护村民利益，经村两委研究，通知如下：
一、村内鸡毛统一交售给村合作社收购点，价格每周在村务公开栏公布。
二、外来收购人员须到村委会登记，出示营业执照和身份证件。
三、发现强买强卖行为，请及时拨打村委会电话0574-62031580反映。
羽桥村村民委员会
2025年11月2日
""",
    ),
    dict(
        slug="mail-shaoqiao-export-data-forwarded",
        site="邮件转发（外贸协会） (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailbox://export-assoc/inbox/20250704-0931",
        title="关于报送上半年羽毛制品出口数据的通知",
        record_title="Fwd: 关于报送上半年羽毛制品出口数据的通知",
        date="2025-07-02",
        date_also=["2025-07-04"],
        notes="forwarded mail: headers and the mail's own attachment line are chrome/neutral; the document's own 附件 list and contact kept; date differs from the send date",
        page="""
!m 发件人：县外贸协会秘书处 <secretariat@waimao-xh.example.org>
!m 发送时间：2025年7月4日 9:31
!m 收件人：会员企业
!m 主题：Fwd: 关于报送上半年羽毛制品出口数据的通知
!a 附件：出口数据统计表.xlsx（24KB）　下载　预览
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件由系统转发，请勿直接回复。
""",
        body="""
各会员企业：
为掌握我县羽毛制品出口形势，请各企业于7月15日前报送2025年1至6月出口数据。
一、报送内容包括出口品种、数量、金额和主要目的地。
二、请按附件表格填写，加盖公章后扫描发送至协会邮箱。
附件：1.羽毛制品出口数据统计表
2.填表说明
联系人：许春燕，电话：0579-85301127
县外贸协会
2025年7月2日
""",
    ),
]
