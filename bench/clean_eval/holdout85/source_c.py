"""holdout85, part C. Invented text, written case by case; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="association-lunhua-pledge-html",
        site="鹳原县轮滑运动协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="http://www.gylhxh.org.cn/tzgg/2025/0505.html",
        title="文明轮滑 安全出行倡议书",
        record_title="【协会倡议】文明轮滑 安全出行倡议书",
        date="2025-05-05",
        notes="association site with member-login row; decorated title; 成文日期 under the signature",
        page="""
<html><head><meta charset="utf-8"><title>【协会倡议】文明轮滑 安全出行倡议书</title><script src="/js/site.js"></script></head><body>
<div class="bar">⟦a 会员登录⟧ | ⟦a 入会申请⟧ | ⟦m 协会邮箱：office@gylhxh.org.cn⟧</div>
<div class="logo">⟦m 鹳原县轮滑运动协会 Guanyuan Roller Sports Association⟧</div>
<div class="nav">⟦m 协会概况⟧ ⟦m 通知公告⟧ ⟦m 赛事活动⟧ ⟦m 会员风采⟧</div>
<h2>{T}</h2>
<div class="sub">⟦m 发布人：协会秘书处　阅读：377⟧</div>
{BODY}
<div class="side"><h4>⟦l 热门赛事⟧</h4><p>⟦l 2025年县青少年速度轮滑锦标赛竞赛规程⟧</p></div>
<div class="foot">⟦m 地址：鹳原县体育中心3号楼205室⟧ ⟦d Copyright 2025 鹳原县轮滑运动协会 保留所有权利⟧</div>
</body></html>
""",
        body="""
广大轮滑爱好者：
随着轮滑运动在我县日益普及，在非机动车道、人行道上滑行的现象也多了起来，存在不少安全隐患。为此，我们倡议：
1. 不在机动车道、坡道和人流密集的路段滑行；
2. 夜间滑行穿着反光衣物，结伴而行；
3. 尊重行人，减速让行，共同维护文明形象。
鹳原县轮滑运动协会
2025年5月5日
""",
    ),
    dict(
        slug="corp-tongle-recall-slide-html",
        site="童乐游乐设备有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.tongle-play.com/news/recall-2025-03.html",
        title="关于召回部分TL-210型组合滑梯连接件的公告",
        record_title="关于召回部分TL-210型组合滑梯连接件的公告 - 童乐游乐",
        date="2025-03-18",
        notes="company site with cookie banner and shop link; customer line of the document kept; sales hotline chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于召回部分TL-210型组合滑梯连接件的公告 - 童乐游乐</title></head><body>
<div class="cookie">⟦a 本网站使用Cookie以改善浏览体验，继续访问即表示同意。 [接受] [了解更多]⟧</div>
<header>⟦m 童乐游乐 TONGLE PLAY⟧ <nav>⟦m 产品中心⟧ ⟦m 工程案例⟧ ⟦m 新闻动态⟧ ⟦a 在线商城⟧</nav></header>
<h1>{T}</h1>
<p class="date">⟦m 2025.03.18 / 公司公告⟧</p>
{BODY}
<div class="hot">⟦w 销售热线 400-611-2088⟧</div>
<footer>⟦m © 2025 浙江童乐游乐设备有限公司⟧ ⟦m 浙ICP备18047712号⟧</footer>
</body></html>
""",
        body="""
经内部质量排查，我公司2024年6月至9月生产的部分TL-210型组合滑梯，其平台与滑道之间的连接件存在强度不足的可能。
为确保儿童使用安全，我公司决定主动召回上述批次产品的连接件，免费上门更换。
用户可核对滑梯铭牌上的生产编号，编号以2406至2409开头的请停用该滑道并与我们联系。
召回服务电话：0575-8863 2210。
浙江童乐游乐设备有限公司
2025年3月18日
""",
    ),
    dict(
        slug="training-xingchen-brochure-roller-class",
        site="星辰少儿体能培训 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="text",
        source="http://www.xingchen-tineng.com/zsjz/20250620.html",
        title="星辰少儿轮滑暑期班招生简章",
        record_title="星辰少儿轮滑暑期班招生简章",
        date="2025-06-20",
        notes="training school; fee table and own 报名电话 beside a float-box 400 line; no date in document, 发布于 is the date",
        page="""
!m 星辰少儿体能培训中心 — 让孩子动起来
!m 首页 | 课程体系 | 师资团队 | 招生简章 | 联系我们
{T}
!m 发布于 2025-06-20　|　浏览 1207
{BODY}
!w 【在线咨询】课程顾问在线，立即领取免费体验课 400-086-3355
!a 立即报名　　收藏本页
!m 星辰少儿体能培训中心 版权所有
""",
        body="""
一、招生对象：4至12岁儿童，零基础即可。
二、班型与费用：
班型　课时　费用
启蒙班　12课时　960元
提高班　16课时　1380元
三、上课地点：鹩原县体育中心轮滑场。
四、报名须知：学员须自备护具，首次上课前家长须签署安全告知书。
报名电话：0577-6552 0187（王老师）。
""",
    ),
    dict(
        slug="fanwenapp-xiaozhi-summary-chive-coop",
        site="小智写作APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.xiaozhi-xiezuo.com/a/Kz81pQ",
        title="韭菜种植专业合作社2024年工作总结",
        record_title="韭菜种植专业合作社2024年工作总结（可编辑）",
        date="2025-01-10",
        notes="writing-app share page; AI-rewrite button and expand-in-app fold between paragraphs",
        page="""
!m 小智写作 · 分享页
!a 打开APP，阅读体验更佳
{T}
!m 小智写作官方 · 1.2万人看过
{BODY}
!a 全文已展开　|　一键AI改写　|　复制全文
!l 你可能还想看：合作社年终总结开头怎么写
!d 内容由用户分享，平台不对内容准确性负责
""",
        body="""
2024年，合作社在镇党委、政府的指导下，围绕“提质量、拓销路”开展工作，全年社员增加到86户。
一是统一品种和技术。全社推广宽叶韭菜品种520亩，统一配发黄板和防虫网，根蛆发生面积下降近一半。
⟦a 剩余60%内容，打开小智写作APP免费查看⟧
二是拓宽销售渠道。与县城两家超市签订直供协议，全年销售鲜韭2100吨，社员户均增收5800元。
鹀城县绿叶韭菜种植专业合作社
2025年1月10日
""",
    ),
    dict(
        slug="gkforum-shenlun-essay-mahua-brand",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="text",
        source="http://bbs.shangan-gk.com/thread-50231-1-1.html",
        title="小麻花拧出大产业——申论范文",
        record_title="[申论热点] 小麻花拧出大产业——申论范文 - 申论交流 - 上岸公考",
        date=None,
        notes="exam forum; decorated title; relative time only, so no date; floor meta",
        page="""
!m 上岸公考论坛 › 申论交流 › 范文分享
!m 楼主 备考三年终上岸　　发表于 5 天前
!t [申论热点] 小麻花拧出大产业——申论范文
{BODY}
!w 想要申论批改？加群 608812273 找老师一对一
!l 回帖奖励 ：每人 2 金币
!m 1# 熬夜的仓鼠：马住，明天背
!a 登录后可查看更多回复
""",
        indent="\u3000\u3000",
        body="""
一根麻花，面粉、油、糖，配方并不复杂，却能在一些县城撑起数亿元的产业。它的秘密在于“守正”与“创新”。
守正，是守住手艺。老师傅一搓一拧的功夫，是品牌的根。地方政府把传统技艺列入非遗名录，培养传承人，让手艺不失传。
创新，是打开市场。从小作坊到标准化车间，从集市叫卖到电商直播，小麻花走出了县城。
小产业也有大文章，关键在于找准特色、久久为功。
""",
    ),
    dict(
        slug="baike-chuanzhi-entry-playground-slide",
        site="川知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="html",
        source="https://baike.chuanzhi.net/item/儿童滑梯/88120",
        title="儿童滑梯",
        record_title="儿童滑梯_川知百科",
        date=None,
        notes="encyclopaedia entry; example year in a sentence not a date; edit links and reference list",
        page="""
<html><head><meta charset="utf-8"><title>儿童滑梯_川知百科</title></head><body>
<div class="top">⟦m 川知百科 — 人人可编辑的知识库⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<h1>{T}</h1>
<div class="edit">⟦a 编辑词条⟧ ⟦a 讨论⟧ ⟦a 收藏⟧</div>
<div class="summary">
{BODY}
</div>
<div class="ref"><h4>⟦l 参考资料⟧</h4><p>⟦l 1. 《儿童游乐设施安全通则》解读⟧</p></div>
<div class="stat">⟦m 浏览次数：8万+　最近更新：川知用户8812⟧</div>
<div class="foot">⟦d 词条内容仅供参考，如需专业指导请咨询相关机构⟧</div>
</body></html>
""",
        body="""
儿童滑梯是供儿童从高处沿倾斜滑道滑下的游乐设施，常见于公园、幼儿园和商场。
按材质可分为塑料滑梯、不锈钢滑梯和木制滑梯；按结构可分为直滑梯、旋转滑梯和组合滑梯。
滑道出口应设置缓冲段，出口下方铺设不低于规定厚度的安全地垫。我国在20世纪90年代前后开始推广工程塑料组合滑梯。
""",
    ),
    dict(
        slug="netdisk-yunpan-plan-mahua-expo-pages",
        site="云柜网盘分享 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yungui.cc/s/1aB9xQmahua",
        title="2025年鹪水麻花产销对接会工作方案",
        record_title="2025年鹪水麻花产销对接会工作方案.pdf",
        date="2025-08-12",
        notes="cloud-drive preview; file-name title; page markers of own form glued; share stamp not a date",
        page="""
!m 云柜网盘 | 分享文件
!m 分享者：cxj****　分享时间：2025-08-30　有效期：永久
!t 2025年鹪水麻花产销对接会工作方案.pdf
!a 保存到我的网盘　　下载（1.2M）　　举报
{BODY}
!a 在线预览仅显示部分内容，开通超级会员可查看全文
!d 云柜网盘不对用户分享内容承担责任
""",
        indent="",
        pages=dict(fmt="【p.{n}】", every=80, start=2, glue=True),
        body="""
为拓宽鹪水麻花销售渠道，县商务局定于9月下旬举办产销对接会，现制定方案如下。
一、时间地点：9月26日至28日，城东美食街会展广场。
二、参会对象：全县麻花生产企业和作坊，省内外采购商、电商平台及物流企业代表。
三、职责分工：商务局负责总体协调，市场监管局负责参展产品抽检，文旅局负责宣传推介。
鹪水县商务局
2025年8月12日
""",
    ),
    dict(
        slug="snapshot-cache-notice-rink-closure-html",
        site="搜页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.souye.com/c?m=3f8a21&u=http://www.dcty.gov.cn/tz/0708.html",
        title="关于城东轮滑场地面维修期间暂停开放的通知",
        record_title=None,
        date="2025-07-08",
        notes="snapshot frame; snapshot stamp is not the date; 成文日期 in the document",
        page="""
<html><head><meta charset="utf-8"><title>搜页快照</title></head><body>
<div class="snap">⟦d 这是 http://www.dcty.gov.cn/tz/0708.html 的快照，是网页在 2025年7月21日 的存档版本。当前页面可能已更改。⟧</div>
<div class="snap">⟦a 查看当前页面⟧ ⟦a 仅文字版本⟧</div>
<div class="snap">⟦m 已高亮显示以下搜索关键词：轮滑 暂停开放⟧</div>
<hr>
<div class="orig">⟦m 鸫川县文化和广电旅游体育局⟧</div>
<h3>{T}</h3>
{BODY}
<div class="orig">⟦m 网站地图 | 联系我们 | 隐私声明⟧</div>
</body></html>
""",
        body="""
广大市民朋友：
城东全民健身公园轮滑场因地面开裂，将于7月10日至8月10日进行维修，维修期间暂停对外开放。
由此给您带来的不便，敬请谅解。维修期间，市民可前往体育中心室内轮滑馆锻炼。
鸫川县文化和广电旅游体育局
2025年7月8日
""",
    ),
    dict(
        slug="print-view-contract-chive-purchase",
        site="鹳原县农业农村局（打印视图） (invented)",
        style="打印页",
        genre="合同范本",
        kind="template",
        form="text",
        source="http://nyncj.guanyuan.gov.cn/print.aspx?id=3391",
        title="韭菜收购合同（示范文本）",
        record_title="打印预览 - 韭菜收购合同（示范文本）",
        date=None,
        notes="print view; template placeholders kept; print stamp and print footer not dates",
        page="""
!m 鹳原县农业农村局　打印时间：2025-10-08 15:22
!t 打印预览 - 韭菜收购合同（示范文本）
{T}
{BODY}
!p 第 1 页 / 共 1 页
!m http://nyncj.guanyuan.gov.cn/print.aspx?id=3391
""",
        body="""
甲方（收购方）：__________　乙方（种植方）：__________
一、乙方按甲方要求种植韭菜____亩，品种为____________。
二、收购价格按交货当日县蔬菜批发市场均价确定，最低不低于每斤____元。
三、乙方不得使用国家禁用农药，甲方有权抽检，检测不合格的拒收。
四、本合同一式两份，双方各执一份，自签字之日起生效。
甲方（签字）：　　　乙方（签字）：
签订日期：____年__月__日
""",
    ),
    dict(
        slug="mail-fwd-request-playground-funds",
        site="鹎岭县政务邮箱（转发） (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:bgs@beiling.gov.cn",
        title="关于申请村级儿童游乐场建设补助资金的请示",
        record_title="Fwd: 关于申请村级儿童游乐场建设补助资金的请示",
        date="2025-04-02",
        date_also=["2025-04-07"],
        notes="forwarded mail; mail headers as meta; the request's own 附件 list kept; send date differs from 成文日期",
        page="""
!m 发件人：鸲岭镇党政办 <dzb_quling@beiling.gov.cn>
!m 发送时间：2025年4月7日（星期一）上午9:14
!m 收件人：县财政局办公室 <czj_bgs@beiling.gov.cn>
!t 主题：Fwd: 关于申请村级儿童游乐场建设补助资金的请示
!m 附件：2 个（请示.docx；预算表.xlsx）
!m -------- 转发的邮件 --------
{BODY}
!d 此邮件来自政务邮箱系统，请勿直接回复
""",
        body="""
县财政局：
我镇辖区内8个行政村没有儿童活动场地，孩子们只能在马路边、晒谷场玩耍，存在安全隐患。
经镇党委会研究，拟在其中4个人口较多的村建设小型儿童游乐场，总投资约36万元，镇财政自筹16万元，恳请县财政补助20万元。
妥否，请批示。
附件：1.项目选址及建设内容
2.资金预算表
鸲岭镇人民政府
2025年4月2日
""",
    ),
]
