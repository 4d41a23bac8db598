"""holdout305, part E: associations, companies, training schools, writing apps and exam forums.

Invented text (places, people, sites, numbers); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="association-puhu-crab-minutes-trap-standard",
        site="圃湖河蟹产业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.puhuhexie.org.cn/xhdt/2025/0902/211.html",
        title="圃湖河蟹产业协会第二届理事会第四次会议纪要",
        record_title="〖理事会议事录〗圃湖河蟹产业协会第二届理事会第四次会议纪要｜协会动态",
        date="2025-08-28",
        date_also=["2025-09-02"],
        notes="association page with a member-login row and a member hotline; minutes with 时间/地点/主持/出席/记录 "
        "lines and a vote count; a sentence about sharing the standard on the association's account (content); the "
        "meeting's 时间 line gives the date, the posting date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖理事会议事录〗圃湖河蟹产业协会第二届理事会第四次会议纪要｜协会动态</title></head>
<body>
<div class="xh-login">⟦a 会员单位登录⟧ ⟦a 申请入会⟧ ⟦m 会员服务专线 0736-5846600⟧</div>
<div class="xh-head">⟦m 圃湖河蟹产业协会⟧ <span>⟦m 一湖好蟹　百家同心⟧</span></div>
<div class="xh-nav">⟦m 首页 协会概况 协会动态 团体标准 会员风采 联系我们⟧</div>
<div class="xh-path">⟦m 首页 / 协会动态⟧</div>
<h1>{T}</h1>
<p class="xh-info">⟦m 秘书处　2025-09-02　阅读 263⟧</p>
<div class="xh-con">
{BODY}
</div>
<div class="xh-pn">⟦l 上一则：协会组织会员赴外省考察生态养殖⟧　⟦l 下一则：关于缴纳2025年度会费的提醒⟧</div>
<div class="xh-foot">⟦m 地址：圃溪县菸田镇湖滨路26号⟧　⟦m 湘ICP备22009316号⟧</div>
</body></html>
""",
        body="""
时间：2025年8月28日上午9:00
地点：协会会议室
主持：会长 郗国梁
出席：理事23人（应到27人）
记录：秘书处 沙雨桐
会议审议并通过以下事项：
一、审议通过《圃湖河蟹捕捞用蟹笼团体标准（试行）》。标准规定会员使用的蟹笼网目不小于5厘米，须设置直径4厘米以上的幼蟹逃逸口。表决结果：同意21票，反对0票，弃权2票。
二、决定10月起在会员中推行蟹笼编号登记，每只蟹笼挂协会统一制作的编号牌，工本费由协会承担。
三、同意秘书处提出的旧蟹笼回收方案，回收的旧笼交由再生资源企业统一处理。
会议要求秘书处于9月15日前将团体标准印发全体会员，并通过协会公众号分享标准全文。
""",
    ),
    dict(
        slug="association-yuchuan-bamboo-summary-duck-crates-oneline",
        site="圉川县竹编行业协会 (invented)",
        style="行业协会",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.yuchuanzhubian.org/gzzj/2025/0115.html",
        title="圉川县竹编行业协会2024年度工作总结",
        record_title="【协会年度回顾】圉川县竹编行业协会2024年度工作总结 - 圉川竹编",
        date="2025-01-15",
        notes="the whole body on one line (paragraphs separated only by their indent); the association's name is also "
        "the signature; a member-login line and a member hotline; a year in the title is no date",
        page="""
!a 会员请先登录　｜　我也想入会
!m 圉川县竹编行业协会
!m 会员热线：0736-5918260（工作日）
!m 首页 ＞ 协会工作 ＞ 年度总结
!t 【协会年度回顾】圉川县竹编行业协会2024年度工作总结
!m 秘书处发布　　阅读 188
{BODY}
!l 相关：2023年度工作总结　｜　2025年工作计划
!d 本网文字、图片归协会所有，转载请注明出处。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
2024年，在县工商联和县文化馆的指导下，协会围绕守住老手艺、打开新市场开展工作，现将全年工作总结如下。
一是会员队伍稳步扩大。全年新发展会员19名，会员总数达到112名，其中能独立编织鸭笼、鸡笼等禽笼的会员46名。
二是技艺传承有序推进。举办竹编鸭笼培训班4期，培训学员83人；协助禺山乡将竹编鸭笼技艺申报为县级非遗项目。
三是市场渠道不断拓展。组织会员参加省农博会和艮原年货节，竹编鸭笼作为装饰收纳用品销售1.3万只，销售额比上年增长37%。
四是存在问题。老艺人年龄偏大，青年学徒留不住；产品同质化明显，缺少自主品牌。
2025年，协会将重点打造圉川竹笼区域品牌，推动竹编鸭笼从养殖用具向文创产品转型。
圉川县竹编行业协会
2025年1月15日
""",
    ),
    dict(
        slug="company-hufeng-news-folding-crab-trap",
        site="湖丰渔具官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hufengyuju.cn/news/company/2025081201.html",
        title="湖丰渔具推出折叠式生态蟹笼",
        record_title="湖丰渔具推出折叠式生态蟹笼 ◇ 企业新闻 ◇ 湖丰渔具",
        record_date="2025-08-12",
        date="2025-08-12",
        notes="company site with a cookie notice and a service float; the repeated title glued before the news lead; "
        "a sentence about scanning a code on the trap (content); the record gives the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>湖丰渔具推出折叠式生态蟹笼 ◇ 企业新闻 ◇ 湖丰渔具</title></head>
<body>
<header><a class="logo">⟦m 湖丰渔具⟧</a><nav>⟦m 首页 产品中心 企业新闻 合作社专区 联系湖丰⟧</nav></header>
<div class="bread">⟦m 首页 - 企业新闻⟧</div>
<article>
<h1>{T}</h1>
<p class="time">⟦m 2025.08.12　浏览 736⟧</p>
<div class="news-con">
{BODY}
</div>
</article>
<div class="cookie">⟦d 本站使用必要的Cookie保证基本功能，继续浏览即表示同意⟧ <button>⟦a 好的⟧</button></div>
<div class="kf">⟦w 批发订购请找湖丰客服，微信同号 159 7364 0812⟧</div>
<footer>⟦m 圃溪县湖丰渔具有限公司　订货热线 400-077-3316⟧　⟦m 湘ICP备21030657号⟧</footer>
</body></html>
""",
        body="""
⟦t 湖丰渔具推出折叠式生态蟹笼⟧　8月10日，湖丰渔具在圃湖蟹业交流会上发布新款折叠式生态蟹笼。
新款蟹笼采用食品级聚乙烯网衣和镀锌钢丝框架，网目为5.5厘米，两侧各设一个直径4.5厘米的幼蟹逃逸口，符合圃湖河蟹产业协会团体标准。
与传统固定式蟹笼相比，折叠蟹笼收起后厚度仅6厘米，一条小船可多装一倍，方便渔民运输和存放。笼体每只都印有二维码，扫码即可查看生产批次和检测报告。
公司负责人表示，今年将向合作社会员优惠供应3万只，并接受旧笼以旧换新。
""",
    ),
    dict(
        slug="company-gubang-recall-window-latch-batches",
        site="固邦五金官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.gubanghw.com/news/notice/2025-05-26.html",
        title="关于部分批次ZS-60型铝合金窗栓的召回公告",
        record_title="关于部分批次ZS-60型铝合金窗栓的召回公告 ｜ 固邦动态 ｜ 固邦五金",
        date="2025-05-26",
        notes="company site as text: a batches table one row a paragraph; the recall line in the body beside the "
        "company's 400 order line; 成文日期 under the signature",
        page="""
!m 固邦五金 GUBANG HARDWARE
!m 首页　产品　固邦动态　经销网络　联系我们
!m 固邦动态 » 公告
{T}
!m 2025-05-26　｜　品质部
{BODY}
!a 分享　｜　返回列表
!m 全国订货热线：400-655-0271
!m © 硎山县固邦五金制品有限公司　湘ICP备17035209号
""",
        indent="",
        body="""
尊敬的客户：
经公司质量追溯发现，2025年3月生产的部分ZS-60型铝合金窗栓，因弹簧热处理工艺不达标，长期使用后可能出现弹簧断裂，导致窗栓无法自动复位、窗扇锁闭不牢。为保障用户安全，公司决定主动召回以下批次产品：
生产批次　生产日期　数量（件）
ZS60-2503A　3月4日至3月9日　12600
ZS60-2503C　3月17日至3月21日　9800
请使用上述批次产品的门窗厂、经销商和用户，查看窗栓背面的批次号，并拨打召回专线0735-2298030登记。公司将免费上门更换，并承担相关费用。
由此给您带来的不便，我们深表歉意。
硎山县固邦五金制品有限公司
2025年5月26日
""",
    ),
    dict(
        slug="training-miejiangfang-brochure-bamboo-duck-crate-workshop",
        site="篾匠坊手艺学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.miejiangfang.com/kecheng/yaolong-qinzi.html",
        title="竹编鸭笼亲子工作坊招生简章",
        record_title="【非遗手作季】竹编鸭笼亲子工作坊招生简章（周末班·每期8组）- 篾匠坊手艺学堂",
        date=None,
        notes="training school with a promo banner and a consult float; a course table one row a paragraph; the "
        "school's own 报名电话 beside a 400 franchise line; a brochure with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【非遗手作季】竹编鸭笼亲子工作坊招生简章（周末班·每期8组）- 篾匠坊手艺学堂</title></head>
<body>
<div class="mj-banner">⟦a 暑期手作季：两组家庭同报立减80元⟧</div>
<div class="mj-head">⟦m 篾匠坊手艺学堂⟧ <nav>⟦m 首页 课程 师资 作品墙 到店路线⟧</nav></div>
<h1>{T}</h1>
<p class="mj-tag">⟦m 周末班 · 每期8组家庭 · 课程编号 MJ-0726⟧</p>
<div class="mj-con">
{BODY}
</div>
<div class="mj-float">⟦w 不知道孩子适不适合？点我问问课程顾问⟧</div>
<div class="mj-foot">⟦m 篾匠坊品牌加盟：400-816-2207⟧　⟦m 篾匠坊（艮原）文化传播有限公司⟧</div>
</body></html>
""",
        body="""
一、课程简介
竹编鸭笼是圉川县禺山乡的传统手艺。本工作坊由县级竹编传承人熊德茂老师亲自授课，带领家长和孩子从破篾、编底到收口，亲手完成一只迷你竹编鸭笼。
二、课程安排
课次　内容　时长
第一课　认识竹材，学习破篾　2小时
第二课　编织笼底与笼身　2小时
第三课　收口、装提手，作品展示　2小时
三、招生对象：6至12岁儿童及家长，每期限8组家庭。
四、费用：每组家庭480元，含全部材料费，作品可带回家。
五、报名方式：到学堂前台报名，或拨打报名电话0736-5855173。
""",
    ),
    dict(
        slug="training-nongjixuetang-brochure-crayfish-shrimp-traps",
        site="禾下农技学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="https://www.hexianongji.cn/px/xiaolongxia-chun.html",
        title="小龙虾稻田综合种养实用技术培训班招生简章",
        record_title="小龙虾稻田综合种养实用技术培训班招生简章（春季班·满30人开班）｜禾下农技学堂",
        date=None,
        notes="brochure with a numbered list; the school's own WeChat-QR and phone sentence stays (content) beside a "
        "consult prompt and a promo line; no date",
        page="""
!a 早鸟价截止本周日，前10名再送虾苗券
!m 禾下农技学堂 · 让种养少走弯路
!m 首页 ＞ 培训班 ＞ 水产养殖
!t 小龙虾稻田综合种养实用技术培训班招生简章（春季班·满30人开班）
{T}
{BODY}
!w 名额不多，想占位的先私信学堂小禾
!l 往期学员说：“收笼那节课最实用，回去当年就见效。”
!m 禾下农技学堂　硎山县靳家圩镇农科路6号
""",
        indent="",
        body="""
一、培训对象：有意从事或已从事稻田小龙虾养殖的农户、家庭农场主和合作社社员。
二、培训内容：
1. 稻田改造与虾沟开挖；
2. 虾苗投放与水质调控；
3. 虾笼捕捞技巧：虾笼的选择、投放密度和起捕时间，捕大留小的操作方法；
4. 常见病害防治与市场销售。
三、培训方式：理论授课2天，基地实操2天，实操环节每位学员亲手下笼、收笼。
四、培训费用：每人1200元，含教材、实操耗材和午餐，结业后赠送标准虾笼10只。
五、报名咨询：微信扫描下方二维码添加班主任，或拨打电话0745-6258916。
""",
    ),
    dict(
        slug="writing-app-biji-report-fishery-squadron-shrimp-traps",
        site="笔季写作App (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bijixiezuo.com/share/doc?id=8c20f71b6e",
        title="渔政执法中队长2025年上半年述职报告",
        record_title="渔政执法中队长2025年上半年述职报告（改改名字就能交）· 笔季写作",
        date="2025-07-08",
        notes="writing app's H5 share: an open-app mask, a fold ('expand the rest') line between paragraphs, an "
        "AI-rewrite button glued after a 。; a data paragraph; 述职人 and date under the report",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>渔政执法中队长2025年上半年述职报告（改改名字就能交）· 笔季写作</title></head>
<body>
<div class="bj-mask">⟦a 在笔季App内打开，排版更舒服⟧ <button>⟦a 立即打开⟧</button></div>
<div class="bj-top">⟦m 笔季写作⟧ ⟦m 述职报告 · 执法监管⟧</div>
<h1>{T}</h1>
<p class="bj-meta">⟦m 由 笔季用户_7301 分享 · 1.9万人用过⟧</p>
{BODY}
<div class="bj-bottom">⟦a 用这篇当模板 ⟧ ⟦a 让AI换个说法⟧</div>
<div class="bj-rec"><p>⟦l 你可能还想写：⟧</p><p>⟦l 河湖巡查员个人年中总结⟧</p><p>⟦l 禁渔执法工作情况汇报（精简版）⟧</p></div>
<div class="bj-foot">⟦m 笔季写作 © 2025　沪ICP备23011570号-2⟧</div>
</body></html>
""",
        body="""
2025年上半年，我带领中队在县渔政执法大队党组的领导下，紧盯彬溪、圃湖两大重点水域，全力抓好禁渔期执法监管，现将履职情况报告如下。
一、工作开展情况
上半年，中队开展巡查184次，其中夜间巡查97次；清理违规虾笼3160只、地笼214条、蟹笼870只，查处非法捕捞案件26起，移送公安机关4起。⟦a ✦ 一键润色本段⟧
⟦a 展开剩余 62% 内容 ∨⟧
二、主要做法
一是推行网格护渔，将沿岸12个村的护渔员编入巡查网格；二是联合市场监管部门检查渔具门店38家，收缴密眼虾笼600余只。
三、存在不足
夜间巡查力量仍然不足，部分偏远湖汊监控还没有全覆盖。
下半年，我将继续带头巡查，确保禁渔成果巩固。
述职人：钮世安
2025年7月8日
""",
    ),
    dict(
        slug="writing-app-wenjian-insight-autumn-labour-hay-fork-oneline",
        site="文笺App (invented writing app)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.wenjianapp.cn/s/Q7nd2K",
        title="参加秋收劳动实践心得体会",
        record_title="参加秋收劳动实践心得体会（初中生版·400字）｜文笺",
        date=None,
        notes="writing-app share as text with the whole body on one line; an open-app prompt, a word count, a "
        "reuse button; a student's 心得 with no date",
        page="""
!a 打开文笺App，写作文不卡壳
!t 参加秋收劳动实践心得体会（初中生版·400字）
!m 文笺 · 作文素材 · 约 360 字
{BODY}
!a 【套用这篇】　【换个开头】
!l 同主题：我学会了挑稻草　｜　劳动课上的一把镰刀
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
这个周末，学校组织我们到靳家圩镇农耕实践基地参加秋收劳动，我第一次拿起了草叉。
一开始，我以为挑稻草是件很轻松的事。可草叉一插进草堆，稻草又沉又缠，我使出全身力气也只挑起一小撮。基地的老爷爷笑着教我：叉子要斜着插到底，手往下一压，腰一转，草就起来了。
照着他的办法练了十几次，我终于能把一叉稻草稳稳地甩到草垛上了。一个下午下来，手掌磨出了两个水泡，胳膊也酸得抬不起来。
这次劳动让我明白，碗里的每一粒米都来之不易。以后吃饭，我再也不浪费一粒粮食了。
""",
    ),
    dict(
        slug="exam-forum-shangan-interview-crab-traps-jammer",
        site="上岸驿站论坛 (invented civil-service exam forum)",
        style="公考论坛",
        genre="面试作答",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.com/thread-77106-1-1.html",
        title="禁渔期老人偷下蟹笼，你作为渔政协管员怎么做？",
        record_title="〔面试实录〕禁渔期老人偷下蟹笼，你作为渔政协管员怎么做？（附现场作答录音整理）- 结构化面试 - 上岸驿站论坛",
        date=None,
        notes="exam forum thread with jammer fonts, a reply-to-see prompt, a QQ-group ad and a rating row; the question "
        "and the answer are the body; posted 2 天前, so no date",
        page="""
<html><head><meta charset="utf-8"><title>〔面试实录〕禁渔期老人偷下蟹笼，你作为渔政协管员怎么做？（附现场作答录音整理）- 结构化面试 - 上岸驿站论坛</title></head>
<body>
<div class="hd">⟦m 上岸驿站论坛⟧ ⟦m 考公考编，一起上岸⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div class="pt">⟦m 上岸驿站 › 面试专区 › 结构化面试⟧</div>
<h1><span>⟦m 〔面试实录〕⟧</span>{T}<span>⟦m （附现场作答录音整理）⟧</span></h1>
<div class="pi">⟦m 楼主 岸边等风来 ｜ 2 天前 ｜ 查看 2871 ｜ 回复 43⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖另有评分表，回复本帖后刷新可见⟧</div>
<div class="rate">⟦l 评分 +3 “思路清楚，第三点加分”⟧</div>
<div class="ad">⟦w 面试冲刺互助群：QQ 801337625，进群发真题⟧</div>
<div class="ft">⟦m 上岸驿站论坛 Powered by Discuz!⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
题目：禁渔期内，你在巡查中发现一位老人在湖边偷偷下蟹笼，老人说家里困难，就靠这点蟹换钱。你作为渔政协管员，会怎么做？
作答：
首先，我会态度温和地上前，表明身份，询问老人的情况，不搞简单粗暴的一收了之。
其次，我会耐心讲解禁渔政策，告诉老人禁渔期是蟹类繁殖的关键时期，下笼捕捞不仅违法，也会影响来年的收成。同时依规收缴蟹笼，向老人讲清处理的依据。
再次，针对老人家庭困难的实际，我会记下老人的住址，及时向单位和村委会反映，协助了解是否符合临时救助、公益性岗位等政策，帮他找到合法的增收门路。
最后，我会加强对这片水域的巡查，并通过村广播等方式开展宣传，从源头上减少类似情况。
""",
    ),
    dict(
        slug="exam-forum-shenlun-essay-hay-fork-retires-junk",
        site="申论圈论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="https://www.shenlunquan.com/forum/t/30915",
        title="一把草叉的“退休”与乡村的新生",
        record_title="【大作文·首次练笔】一把草叉的“退休”与乡村的新生（头回写，大家下手轻点）- 申论园地 - 申论圈论坛",
        date=None,
        notes="exam-forum text with anti-scraping junk as lines and glued after 。; a poster line with a relative time "
        "(5 天前), replies with scores; no date",
        page="""
!m 申论圈论坛　｜　申论园地
!t 【大作文·首次练笔】一把草叉的“退休”与乡村的新生（头回写，大家下手轻点）
!m 作者：备考的阿岚　　5 天前　　阅读 944　　回复 18
{T}
{BODY}
!l 回复 1：立意可以，第三段论证再展开点能上一类文
!l 回复 2：结尾挺有味道，借走了
!a 回复可见批改模板，快来回复吧
!m 申论圈论坛 · 手机版 · 湘ICP备21017796号
""",
        junk=dict(lines=1, glued=2),
        indent="\u3000\u3000",
        body="""
在许多农家的杂物间里，都挂着一把草叉。它曾是麦场上最忙碌的农具，如今却渐渐退休了。一把草叉的退场，折射的是乡村生产方式的深刻变革。
草叉的退休，是农业机械化的必然。收割机、打捆机走进田间，一台机器一天的活，过去要十几个人挥着草叉干上好几天。农民从繁重的体力劳动中解放出来，有更多精力去发展特色种养、乡村旅游。
然而，草叉的退休不应是农耕记忆的消失。一些地方建起农耕文化馆，让草叉、连枷走进展柜；一些学校把挑草垛搬进劳动课，让孩子们在汗水中懂得粮食的分量。这是对乡土文化的珍视。
乡村振兴，既要让农业插上科技的翅膀，也要守住乡土文化的根脉。让草叉在新时代找到新的位置，乡村才能既有现代的面貌，又有可以寄托的乡愁。
""",
    ),
]
