"""holdout74, part F: parrot (鹦鹉) breeders and keepers — wildlife permits, bird shows, clubs. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="association-yingge-parrot-breeders-pledge-html",
        site="蘅洲市观赏鸟养殖协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.hzgsn.example.org.cn/xhdt/2024/0416/207.html",
        title="关于规范鹦鹉人工繁育和交易行为的倡议",
        record_title="【行业倡议】关于规范鹦鹉人工繁育和交易行为的倡议",
        date="2024-04-16",
        notes="association template: member login, 入会须知 sidebar, footer; a list of numbered pledges; the association's own 监督电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>【行业倡议】关于规范鹦鹉人工繁育和交易行为的倡议_蘅洲市观赏鸟养殖协会</title></head>
<body>
<div class="hd">⟦m 蘅洲市观赏鸟养殖协会⟧ ⟦a 会员登录⟧ ⟦a 在线入会⟧</div>
<div class="nav">⟦m 协会首页 · 协会动态 · 政策法规 · 会员风采 · 联系我们⟧</div>
<div class="main"><h2>{T}</h2>
<div class="src">⟦m 来源：协会秘书处　日期：2024-04-16　点击：301⟧</div>
{BODY}
</div>
<div class="side">⟦l 入会须知⟧ ⟦l 会员名录⟧ ⟦l 协会章程⟧</div>
<div class="ft">⟦m 协会地址：蘅洲市花鸟市场管理楼305室⟧ ⟦d 本站信息仅供会员参考，转载需经协会同意⟧</div>
</body></html>
""",
        body="""
全市鹦鹉养殖户、经营者：
近期，个别商户违规出售未取得人工繁育许可的鹦鹉，给行业声誉造成不良影响。协会倡议：
1. 依法取得人工繁育和经营利用许可，做到证件齐全。
2. 出售鹦鹉时如实告知品种和保护级别，不夸大宣传。
3. 不收购、不出售来源不明的野外个体。
监督电话：0759-2617703（协会秘书处）
蘅洲市观赏鸟养殖协会
2024年4月16日
""",
    ),
    dict(
        slug="corp-yuling-parrot-feed-price-notice",
        site="羽灵宠物食品有限公司 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yulingpet.example.com/news/2024/1101.html",
        title="关于调整鹦鹉主粮产品出厂价格的通知",
        record_title="关于调整鹦鹉主粮产品出厂价格的通知 | 羽灵宠物食品",
        date="2024-11-01",
        notes="corporate text page: shop link, customer service QQ float, price table kept; the company's dealer line inside the document kept",
        page="""
!m 羽灵宠物食品 YULING PET FOOD
!m 首页　|　产品中心　|　新闻动态　|　经销商专区　|　联系我们
!t 关于调整鹦鹉主粮产品出厂价格的通知 | 羽灵宠物食品
!m 新闻动态 / 公司公告　　2024-11-01
{BODY}
!w 在线客服QQ：3308124566　工作时间 9:00-18:00
!a 进入天猫旗舰店
!m © 羽灵宠物食品有限公司　闽ICP备21007785号-1
""",
        body="""
各经销商：
受原料价格上涨影响，经公司研究，自2024年12月1日起调整部分鹦鹉主粮产品出厂价格：
产品　规格　调整后出厂价（元）
中小型鹦鹉颗粒粮　1千克　38
大型鹦鹉混合粮　2.5千克　96
请各经销商合理安排备货。如有疑问，请联系经销商服务专线：0592-7712350。
羽灵宠物食品有限公司
2024年11月1日
""",
    ),
    dict(
        slug="training-niaoyu-parrot-keeper-course",
        site="鸟语宠物学院 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.niaoyupet.example.cn/course/yingwu-2025.html",
        title="2025年鹦鹉饲养管理员培训班招生简章",
        record_title="2025年鹦鹉饲养管理员培训班招生简章（附课程表）",
        date=None,
        notes="training school text page: enrolment hotline and WeChat (chrome), a discount prompt glued before a sentence, course table; no date (year in title only)",
        page="""
!m 鸟语宠物学院　专注宠物职业技能培训
!w 招生热线：400-870-6611　微信：niaoyu_xueyuan
!t 2025年鹦鹉饲养管理员培训班招生简章（附课程表）
{BODY}
!a 在线报名　　预约试听
!l 学员评价：学完直接在鸟店上岗了，老师很耐心！
!m 鸟语宠物学院 版权所有
""",
        body="""
本培训班面向宠物店从业人员和鹦鹉爱好者，学制四周，结业考核合格者颁发培训证书。
课程安排如下：
周次　课程
第一周　鹦鹉品种识别与保护级别
第二周　日常饲养与营养
第三周　常见疾病预防
第四周　人工育雏与实操考核
⟦a 现在报名立减300元！⟧学费含教材费和实操耗材费，食宿自理。
""",
    ),
    dict(
        slug="fanwenapp-bizhang-parrot-shop-speech",
        site="笔掌范文APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.bizhangapp.example.com/share/fw/7720311",
        title="在花鸟市场商户安全经营大会上的讲话",
        record_title="在花鸟市场商户安全经营大会上的讲话（精选范本）",
        date="2024-03-20",
        notes="writing-app share: open-app bar, member gate between paragraphs; speaker and date under the title; a speech title keeping the speaker's role",
        page="""
!a 在笔掌APP内打开，体验更流畅
!t 在花鸟市场商户安全经营大会上的讲话（精选范本）
!m 笔掌范文 · 讲话稿　　收藏 2.1k
{T}
花鸟市场管理办公室主任　钱伟东
（2024年3月20日）
{BODY}
!a 免费试读已结束　开通会员看全文
!l 相关范文：市场安全生产会议主持词
""",
        body="""
各位商户：
花鸟市场有商户二百一十家，其中鹦鹉等观赏鸟经营户五十六家。大家的安全意识好不好，直接关系到市场的兴衰。
今年我们要重点抓好两件事：一是消防通道一律不得堆放鸟笼和饲料；二是严格执行野生动物经营管理规定。
⟦a 以下为会员专享内容⟧
希望各位商户守法经营、安全经营，共同把市场建设好。
""",
    ),
    dict(
        slug="gkforum-mianshi-parrot-wildlife-question",
        site="面霸公考论坛 (invented)",
        style="公考论坛",
        genre="面试题",
        kind="other",
        form="text",
        source="https://bbs.mianbagk.example.com/forum/thread/88104",
        title="有人在网上直播售卖受保护鹦鹉，作为森林公安民警你怎么处理？",
        record_title="[面试真题] 有人在网上直播售卖受保护鹦鹉，作为森林公安民警你怎么处理？（附答题思路）",
        date=None,
        notes="exam forum: quoted reply, moderator note, coin reward; the 题目/思路 are the body; relative time; no date",
        page="""
!m 面霸公考论坛 › 面试真题 › 公安类
!t [面试真题] 有人在网上直播售卖受保护鹦鹉，作为森林公安民警你怎么处理？（附答题思路）
!m 楼主：上岸吧少年　　2 小时前　　阅读 902
{BODY}
!l 沙发：思路很清晰，收藏了
!d 版主提示：本帖答题思路为网友整理，仅供参考
!a 打赏楼主　　收藏本帖
""",
        junk=dict(lines=1, glued=1),
        body="""
答题思路：
第一，固定证据。对直播画面录屏，记录账号信息和交易记录。
第二，依法调查。会同市场监管部门核实鹦鹉来源和品种，属于受保护物种的，依法立案。
第三，加强宣传。联合直播平台开展野生动物保护普法，提醒网友不买不卖。
""",
    ),
    dict(
        slug="wiki-niaobai-parrot-protection-entry-html",
        site="鸟百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="html",
        source="https://www.niaobaike.example.com/wiki/鹦鹉保护级别",
        title="鹦鹉保护级别",
        record_title=None,
        date=None,
        notes="encyclopaedia entry HTML: edit tabs, contents box, references, last-edit stamp (no date); table of species kept; no record title",
        page="""
<html><head><meta charset="utf-8"><title>鹦鹉保护级别 - 鸟百科</title></head>
<body>
<div class="tabs">⟦a 阅读　编辑　查看历史⟧</div>
<div class="logo">⟦m 鸟百科，人人可编辑的观鸟百科全书⟧</div>
<h1>{T}</h1>
<div class="toc">⟦l 目录：1 概述 2 常见种类 3 参见⟧</div>
{BODY}
<div class="ref">⟦l 参见：野生动物保护 ｜ 人工繁育许可⟧</div>
<div class="last">⟦m 本页面最后修订于2024年9月2日 08:31⟧</div>
<div class="lic">⟦d 文本可按知识共享署名-相同方式共享协议使用⟧</div>
</body></html>
""",
        body="""
鹦鹉的保护级别因物种而异。部分种类属于国家重点保护野生动物，另一些已列入人工繁育技术成熟的名录，可依法饲养。
常见种类的情况如下：
种类　保护情况
虎皮鹦鹉　可合法饲养，无需许可
绯胸鹦鹉　国家二级保护，需取得许可
饲养前应向当地林业主管部门咨询具体要求。
""",
    ),
    dict(
        slug="netdisk-kuaipan-parrot-show-plan-html",
        site="快盘分享 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://share.kuaipan.example.com/f/Yx82kP0s",
        title="第三届蘅洲鹦鹉品种展示交流会活动方案",
        record_title="第三届蘅洲鹦鹉品种展示交流会活动方案.docx",
        date="2024-08-30",
        notes="cloud-drive preview page: save/download buttons, expiry, page markers ◍n◍ as HTML paragraphs cutting sentences; 成文日期",
        pages=dict(fmt="◍{n}◍", every=90, start=2),
        page="""
<html><head><meta charset="utf-8"><title>第三届蘅洲鹦鹉品种展示交流会活动方案.docx - 快盘分享</title></head>
<body>
<div class="bar">⟦m 快盘分享⟧ ⟦a 保存到快盘⟧ ⟦a 普通下载⟧ ⟦a 极速下载（会员）⟧</div>
<div class="finfo">⟦m 分享时间：2024-09-01 20:14　过期时间：7天后⟧</div>
<div class="preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="tip">⟦d 请勿通过网盘传播违法违规内容⟧</div>
</body></html>
""",
        body="""
一、活动时间：2024年10月12日至13日。
二、活动地点：蘅洲市花鸟市场中心广场。
三、活动内容：鹦鹉品种展示、科学饲养讲座、合法繁育证件查验咨询，参展个体均须提供合法来源证明，否则不得入场展示。
四、组织单位：蘅洲市观赏鸟养殖协会。
蘅洲市观赏鸟养殖协会
2024年8月30日
""",
    ),
    dict(
        slug="snapshot-wenben-forestry-parrot-permit",
        site="文本快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://txtcache.example.com/?q=蘅洲+鹦鹉+许可&url=lyj.hengzhou.gov.cn/tzgg/552.html",
        title="关于开展鹦鹉人工繁育许可证年度核验的通知",
        record_title="关于开展鹦鹉人工繁育许可证年度核验的通知 - 文本快照",
        date="2024-03-12",
        notes="text-only cache: cache banner with crawl time (no date), highlight line; the bureau's own 联系人 kept; 成文日期",
        page="""
!d 【文本快照】以下是 lyj.hengzhou.gov.cn/tzgg/552.html 的纯文字版本，抓取于 2024-06-30 03:12:44。
!d 快照仅供参考，原网页可能已更新。
!m 搜索词高亮：蘅洲 鹦鹉 许可
!m 蘅洲市林业局 > 通知公告
{T}
{BODY}
!m 蘅洲市林业局 主办
""",
        body="""
各县（区）林业主管部门、各持证单位：
根据野生动物保护管理有关规定，现开展2024年度鹦鹉人工繁育许可证核验工作。持证单位须于4月30日前提交年度繁育情况报告和存栏记录。
逾期未核验的，依法注销其许可证。
联系人：黎科长　电话：0759-2288536
蘅洲市林业局
2024年3月12日
""",
    ),
    dict(
        slug="print-shangniao-parrot-shop-contract",
        site="赏鸟网 打印页 (invented)",
        style="打印页",
        genre="合同",
        kind="other",
        form="text",
        source="http://www.shangniao.example.net/print.php?aid=3310",
        title="鹦鹉购买协议",
        record_title="鹦鹉购买协议 - 打印",
        date=None,
        notes="print view: print/close buttons, a print footer with the URL and print time (no date); template placeholders and 年 月 日 line kept",
        page="""
!a [打印] [关闭]
!t 鹦鹉购买协议 - 打印
{BODY}
!m 原文地址：http://www.shangniao.example.net/article/3310.html
!m 打印于 2024/10/11 下午 3:40
""",
        body="""
卖方：____________　买方：____________
一、卖方出售__________鹦鹉____只，并提供合法来源证明和检疫证明。
二、买方收到鹦鹉后七日内如发现疾病，卖方负责治疗或退换。
三、本协议一式两份，双方各执一份。
卖方签字：　　　　买方签字：
年　月　日
""",
    ),
    dict(
        slug="mail-re-parrot-rescue-handover-html",
        site="蘅洲野生动物救护中心 网页邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="html",
        source="https://mail.hzwildlife.example.org/webmail/read?id=882100",
        title="关于移交救护鹦鹉的函",
        record_title="回复：Re: 关于移交救护鹦鹉的函",
        date="2024-09-20",
        date_also=["2024-09-23"],
        notes="webmail reader: headers, reply toolbar, quoted chain; the letter's own 附件 and 联系人 kept; mail date also accepted",
        page="""
<html><head><meta charset="utf-8"><title>回复：Re: 关于移交救护鹦鹉的函 - 网页邮箱</title></head>
<body>
<div class="tb">⟦a 回复 ｜ 全部回复 ｜ 转发 ｜ 删除 ｜ 标记为未读⟧</div>
<div class="hdr"><p>⟦m 发件人：救护中心办公室 &lt;office@hzwildlife.org&gt;⟧</p><p>⟦m 发送时间：2024-09-23 09:41⟧</p><p>⟦m 收件人：蘅洲动物园科普部⟧</p></div>
<div class="mailbody">
<p>⟦m ------------------ 原始邮件 ------------------⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="ft">⟦d 本邮件系统由蘅洲政务云提供技术保障⟧</div>
</body></html>
""",
        body="""
蘅洲动物园：
今年以来，我中心先后救护市民送交和执法部门移交的鹦鹉九只，经治疗已全部康复，但不具备野外放归条件。经研究，拟将其中六只移交贵园饲养展示。
附件：移交鹦鹉清单
联系人：甄医生，电话：0759-2610095
蘅洲野生动物救护中心
2024年9月20日
""",
    ),
]
