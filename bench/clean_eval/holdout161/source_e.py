"""holdout161, part E. Invented text (sites, places, people, numbers)."""

CASES = [
    dict(
        slug="association-text-rosemary-growers-pledge",
        site="鹂山县香料作物协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.lsxlxh.example.org.cn/xhdt/2025/0508/96.html",
        title="迷迭香种植户规范用药倡议书",
        record_title="【协会倡议】迷迭香种植户规范用药倡议书",
        date="2025-05-08",
        notes="association site; signature that is also the site name (head match); 成文日期",
        page="""
!m 鹂山县香料作物协会
!m 协会动态 | 会员服务 | 技术推广 | 联系我们
{T}
!m 发布：秘书处　2025-05-08
{BODY}
!m 会员服务电话：0797-5521760　QQ群：60321177
!d 本站文章欢迎转发，请注明出处。
""",
        body="""
全县迷迭香种植户朋友们：
迷迭香鲜叶主要用于提取精油和食品香料，农药残留直接关系产品质量和产业声誉。为此，协会向大家倡议：
一、不使用国家禁限用农药，病虫害优先采用物理和生物防治。
二、确需用药时，严格按标签剂量使用，遵守安全间隔期，采收前二十天内不得用药。
三、建立用药记录，写清日期、药名和用量，以备抽检查验。
让我们共同守护“鹂山迷迭香”这块牌子！
鹂山县香料作物协会
2025年5月8日
""",
    ),
    dict(
        slug="association-html-tap-dance-referee-course",
        site="鹟田市舞蹈家协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.wtwdxh.example.org/tzgg/2025/0225.html",
        title="关于举办踢踏舞考级考官培训班的通知",
        record_title="关于举办踢踏舞考级考官培训班的通知 - 鹟田市舞蹈家协会",
        date="2025-02-25",
        notes="association site: member login, column list sidebar; the association's own mailbox and 联系人 kept; fee table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办踢踏舞考级考官培训班的通知 - 鹟田市舞蹈家协会</title></head><body>
<div class="hd">⟦m 鹟田市舞蹈家协会⟧ ⟦a 会员登录⟧ ⟦a 入会指南⟧</div>
<nav>⟦m 协会概况　通知公告　考级专栏　会员天地⟧</nav>
<h1>⟦t 关于举办踢踏舞考级考官培训班的通知⟧</h1>
<div class="meta">⟦m 发布日期：2025-02-25　浏览：721⟧</div>
{BODY}
<aside><h4>⟦l 通知公告⟧</h4><ul><li>⟦l 2025年度会员年检通知⟧</li><li>⟦l 关于征集原创舞蹈作品的通知⟧</li></ul></aside>
<footer>⟦d Copyright © 鹟田市舞蹈家协会 All Rights Reserved⟧</footer>
</body></html>
""",
        body="""
各团体会员、各培训机构：
为规范全市踢踏舞考级工作，协会定于3月22日至23日举办踢踏舞考级考官培训班。
一、培训对象：从事踢踏舞教学三年以上、持有教师资格证书的舞蹈教师。
二、培训内容：考级大纲解读、一至六级动作规范、评分标准和考场纪律。
三、费用
项目　金额
培训费　800元/人
教材费　120元/人
四、报名方式：将报名表发送至协会邮箱wtwdxh_kj@example.org，联系人：董老师，电话：0573-87301552。
鹟田市舞蹈家协会
2025年2月25日
""",
    ),
    dict(
        slug="company-text-handkerchief-expo-news",
        site="锦帕纺织官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jinpa-textile.example.com/news/2025/1018.html",
        title="锦帕纺织亮相秋季广交会 文创手帕受青睐",
        record_title="锦帕纺织亮相秋季广交会 文创手帕受青睐_公司新闻_锦帕纺织",
        date="2025-10-18",
        notes="company site; 400 order line in footer; online-service float; editor glued",
        page="""
!m 锦帕纺织 JINPA TEXTILE
!m 首页 | 关于我们 | 产品中心 | 新闻动态 | 联系我们
!m 新闻动态 > 公司新闻
{T}
!m 2025-10-18　浏览 166 次
{BODY}
!w 在线客服　订货热线 400-617-5520
!m 鸸口锦帕纺织有限公司　地址：鸸口镇工业区纬三路6号
""",
        body="""
10月15日至19日，公司携三十余款文创手帕参加秋季广交会，展位接待客商四百余批次。
本次参展的“城市印记”系列以各地老建筑为图案，采用高支棉和数码印花工艺，受到欧洲和中东客商关注。
展会期间，公司与十二家客商达成合作意向，意向金额约三百六十万美元。⟦m （市场部 供稿）⟧
""",
    ),
    dict(
        slug="company-text-rosemary-oil-recall",
        site="鹂香生物科技 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.lixiangbio.example.cn/gonggao/20250903.html",
        title="关于主动召回部分批次迷迭香精油的公告",
        record_title=None,
        date="2025-09-03",
        notes="company site; no record title (found on page); the company's 召回专线 kept beside the site's sales line",
        page="""
!m 鹂香生物 | 天然香料专家
!m 销售热线：0797-5560888
!m 首页 ＞ 企业公告
!t 关于主动召回部分批次迷迭香精油的公告
{BODY}
!l 返回列表
!d ©2025 鹂香生物科技有限公司 版权所有
""",
        body="""
尊敬的客户：
经公司内部抽检发现，批号为LX250612、LX250613的10毫升装迷迭香精油标签上的使用说明有误，漏印了“孕妇慎用”提示。
为保障消费者安全，公司决定主动召回上述两个批次产品，共计四千二百瓶。
已购买上述批次产品的消费者，可凭购买凭证到原购买渠道办理退换，或拨打召回专线0797-5560319咨询。
鹂香生物科技有限公司
2025年9月3日
""",
    ),
    dict(
        slug="training-html-tap-dance-winter-class",
        site="律动舞蹈培训中心 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.lvdong-dance.example.com/zs/2025-winter.html",
        title="律动舞蹈2026年寒假踢踏舞集训班招生简章",
        record_title="律动舞蹈2026年寒假踢踏舞集训班招生简章（名额有限）",
        date="2025-12-10",
        notes="training school: promo boxes and floating consult; the school's 报名电话 kept beside a 400 line; course table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>律动舞蹈2026年寒假踢踏舞集训班招生简章（名额有限）</title><script src="/js/kefu.js"></script></head><body>
<div class="top">⟦m 律动舞蹈培训中心⟧ ⟦m 全国咨询热线：400-900-3316⟧</div>
<nav>⟦m 首页　课程体系　师资团队　学员风采　在线报名⟧</nav>
<h1>⟦t 律动舞蹈2026年寒假踢踏舞集训班招生简章⟧</h1>
<div class="info">⟦m 发布时间：2025-12-10　阅读：2380⟧</div>
{BODY}
<div class="promo">⟦a 限时优惠：两人同行立减200元，点击抢位⟧</div>
<div class="float">⟦w 微信咨询 lvdong_tap 扫码加老师⟧</div>
<footer>⟦m 律动舞蹈培训中心 版权所有　鹟田市解放路210号⟧</footer>
</body></html>
""",
        body="""
为帮助学员利用寒假系统提高踢踏舞水平，本中心开设寒假踢踏舞集训班，现面向社会招生。
班级　年龄　时间
启蒙班　5-7岁　1月19日至1月30日上午
提高班　8-12岁　1月19日至1月30日下午
成人班　18岁以上　1月20日至1月29日晚上
每班限招十五人，学费一千六百元，含踢踏鞋一双。
报名电话：0573-87226105（前台）。
""",
    ),
    dict(
        slug="training-text-checkers-coach-course",
        site="弈趣少儿棋院 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yiqu-chess.example.net/news/2025/0711.html",
        title="弈趣少儿棋院暑期跳棋教练员培训安排",
        record_title="弈趣少儿棋院暑期跳棋教练员培训安排 | 学员必看",
        date="2025-07-11",
        notes="training school page; course ads and a trial-lesson box between paragraphs",
        page="""
!m 弈趣少儿棋院　让孩子爱上思考
!m 首页 › 棋院动态
{T}
!m 2025-07-11 · 教务处
{BODY}
!a 👉 预约免费试听课
!w 课程顾问微信：yiqu_qiyuan01
!l 热门课程：围棋启蒙 | 国际象棋入门 | 跳棋兴趣班
""",
        body="""
各位教练员：
暑期招生人数增加，为统一教学标准，棋院定于7月20日至22日对跳棋教练员进行集中培训。
培训内容包括跳棋基本战术讲解方法、少儿课堂组织技巧和课后作业设计。
⟦l 【推荐】暑期围棋冲段营火热报名中⟧
培训期间请各位教练员带好教案本，培训结束后进行试讲考核，考核合格者方可独立带班。
弈趣少儿棋院教务处
2025年7月11日
""",
    ),
    dict(
        slug="fanwen-app-cane-charity-summary-oneline",
        site="写作宝APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.xiezuobao.example.com/s/aK73pq",
        title="2025年“敬老助行”志愿服务工作总结",
        record_title="2025年“敬老助行”志愿服务工作总结（通用版）",
        date="2025-12-20",
        notes="writing-app share page, body on one line; open-in-app and AI-rewrite prompts; date under signature",
        oneline=True,
        indent="  ",
        page="""
!m 写作宝 · 分享
!t 2025年“敬老助行”志愿服务工作总结（通用版）
!m 来自写作宝用户 鹭原小林 的分享
{BODY}
!a 打开写作宝APP，查看完整范文并一键改写
!a AI帮我写同类总结
!l 更多范文：志愿服务活动总结（5篇）
""",
        body="""
2025年，我局“敬老助行”党员志愿服务队共结对高龄独居老人三百二十人，累计上门探访二千一百余人次。
全年为老人送去助行拐杖四百五十根、防滑垫六百张，帮助八十六户老人完成卫生间扶手安装。
明年，服务队将扩大志愿者队伍，把服务延伸到农村地区。
鹭原县民政局机关党委
2025年12月20日
""",
    ),
    dict(
        slug="fanwen-app-pigeon-whistle-host-script",
        site="笔下生花APP (invented)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="text",
        source="https://m.bixiashenghua.example.cn/share/zcc/77120",
        title="鸽哨非遗展演活动主持词",
        record_title="鸽哨非遗展演活动主持词.docx",
        date=None,
        notes="writing-app share: file-name title, host script's 男/女/合 lines kept; no date",
        page="""
!m 笔下生花 · 范文分享
!t 鸽哨非遗展演活动主持词
!m 已有 2.3万 人查看　｜　3天前
{BODY}
!a 下载APP，查看全文 ＞
!a 复制全文需开通会员
!d 范文来源于用户分享，仅供参考借鉴。
""",
        body="""
男：尊敬的各位领导、各位来宾，
女：亲爱的朋友们，
合：大家上午好！
男：清脆的哨音划过天空，那是老城最动人的声音。
女：今天，我们相聚在区文化馆，共同欣赏鸽哨非遗展演，感受传统技艺的魅力。
男：下面，有请区级代表性传承人杜鸣远先生为大家讲解鸽哨的制作工艺。
""",
    ),
    dict(
        slug="exam-forum-html-checkers-essay",
        site="申论研习社论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.shenlunyxs.example.com/thread-51203-1-1.html",
        title="申论范文：让“小棋盘”撬动社区治理“大变化”",
        record_title="[申论范文] 申论范文：让“小棋盘”撬动社区治理“大变化” - 范文交流 - 申论研习社论坛",
        date=None,
        notes="exam forum; title bracket and board/site removed; a year-free essay, relative post time is no date",
        page="""
<html><head><meta charset="utf-8"><title>[申论范文] 申论范文：让“小棋盘”撬动社区治理“大变化” - 范文交流 - 申论研习社论坛</title></head><body>
<div class="hd">⟦m 申论研习社论坛 · 一起上岸⟧ ⟦a 登录 注册⟧</div>
<div class="crumb">⟦m 论坛 › 申论 › 范文交流⟧</div>
<h1>⟦t [申论范文] 申论范文：让“小棋盘”撬动社区治理“大变化”⟧</h1>
<div class="author">⟦m 楼主：上岸的鹬子　发表于 5天前　阅读 3321⟧</div>
<div class="content">
{BODY}
</div>
<div class="ad">⟦a 【申论精批】名师逐句批改，点击报名⟧</div>
<div class="reply">⟦l 回复本帖　收藏　分享⟧</div>
<div class="ft">⟦m 申论研习社论坛 ©2014-2025⟧</div>
</body></html>
""",
        body="""
走进不少老旧小区，总能看到几位老人围着一张跳棋盘有说有笑。小小的棋盘，连起的是邻里，也映照出基层治理的新路径。
以活动聚人气。社区组织棋类比赛，把“陌生人”变成“棋友”，邻里之间熟了，矛盾就少了。
以平台听民意。棋友之间闲谈中反映的停车难、加装电梯等问题，社区干部可以及时收集、回应。
以骨干带治理。热心的棋友可以培养成楼栋长、调解员，成为社区治理的“好帮手”。
""",
    ),
    dict(
        slug="exam-forum-text-rosemary-interview",
        site="公考面经坛 (invented)",
        style="公考论坛",
        genre="面试题",
        kind="other",
        form="text",
        source="https://www.gkmianjing.example.net/thread-9917-1-1.html",
        title="面试真题：村里种植迷迭香遭遇滞销，你作为驻村干部怎么办？",
        record_title="[面试真题] 面试真题：村里种植迷迭香遭遇滞销，你作为驻村干部怎么办？ - 结构化面试 - 公考面经坛",
        date=None,
        notes="exam forum; no date (edit stamp only); answer with numbered steps",
        page="""
!m 公考面经坛 › 结构化面试
!t [面试真题] 面试真题：村里种植迷迭香遭遇滞销，你作为驻村干部怎么办？
!m 作者：面霸老鸲　最后编辑于 2025-10-03 22:10
{BODY}
!l 本帖被以下专辑推荐：乡村振兴类真题合集
!a 回复后可查看考官点评
""",
        body="""
参考答案：
第一，摸清情况。走访种植户和收购企业，了解滞销的数量、原因和群众的损失情况，稳定大家情绪。
第二，多渠道拓销路。联系县商务部门和电商服务中心，组织直播带货；对接精油、食品企业，争取签订收购订单。
第三，延长产业链。争取资金建设烘干设备，把鲜叶加工成干叶，延长储存时间。
第四，总结经验。引导村里发展订单农业，今后先签订单再扩大种植。
""",
    ),
]
