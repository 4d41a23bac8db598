"""holdout289, part E: trade associations, company sites, training schools, writing apps and exam forums.

Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="association-noodle-pledge-drying-hygiene-signature-head",
        site="鹜洲市挂面行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.wzgmxh.example.org.cn/xhdt/2025/0317/52.html",
        title="关于规范手工挂面晾晒卫生的自律倡议书",
        record_title="关于规范手工挂面晾晒卫生的自律倡议书（致全体会员单位）- 鹜洲市挂面行业协会",
        date="2025-03-15",
        date_also=["2025-03-17"],
        notes="an association site with a member-login row; its name in the header is also the signature (matched as head); 关注协会公众号 as content; the 倡议书's date differs from the 发布日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于规范手工挂面晾晒卫生的自律倡议书（致全体会员单位）- 鹜洲市挂面行业协会</title></head><body>
<div class="login">⟦a 会员单位登录 ｜ 入会申请 ｜ 会员证书查询⟧</div>
<header><div class="logo">⟦m 鹜洲市挂面行业协会⟧</div><div class="slogan">⟦m 一根挂面 一份匠心⟧</div></header>
<nav>⟦m 协会首页　协会概况　行业动态　自律公约　会员风采　联系我们⟧</nav>
<div class="crumb">⟦m 首页 - 行业动态 - 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2025-03-17　来源：协会秘书处　阅读 438⟧</div>
<div class="article">
{BODY}
</div>
<div class="share">⟦l 分享本文：微信 · 微博 · 复制链接⟧</div>
<aside><h4>⟦l 行业动态⟧</h4><ul><li>⟦l 协会组织会员赴外地考察挂面产业园⟧</li><li>⟦l 2025年度会员会费缴纳通知⟧</li></ul></aside>
<footer>⟦m 协会秘书处电话：0713-8877015⟧ ⟦m 地址：鹃山区粮贸大厦8楼⟧ ⟦d ©鹜洲市挂面行业协会 版权所有⟧</footer>
<script src="/js/member-login.js"></script>
</body></html>
""",
        body="""
各会员单位：
手工挂面是我市的传统特色产品，晾晒是决定挂面品质和卫生的关键环节。近期，有消费者反映个别作坊露天晾面时挂面架紧邻道路、面条沾染灰尘。为维护行业声誉，协会向全体会员单位倡议：
一、晾面场地应远离道路、畜禽圈舍和垃圾堆放点，周边设置防尘网。
二、使用食品级不锈钢挂面架，每日收面后清洁，每周消毒，建立清洁台账。
三、晾面人员应穿戴工作衣帽，不得在晾面区域吸烟、饮食。
四、主动接受消费者监督，欢迎群众关注协会公众号反映问题。
让每一根挂面都干净放心，是我们共同的承诺。
鹜洲市挂面行业协会
2025年3月15日
""",
    ),
    dict(
        slug="association-pet-supplies-minutes-cat-tree-standard-record",
        site="鹜洲市宠物用品行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="https://www.wzcwyp.example.org.cn/xhgz/hyjy/2025/0807.html",
        title="鹜洲市宠物用品行业协会《猫爬架》团体标准起草研讨会会议纪要",
        date="2025-08-06",
        notes="title given by the record; minutes with 时间/地点/主持/出席/记录 lines (the 时间 line gives the date) and a numbered list; a member-download prompt under the text",
        page="""
!m 鹜洲市宠物用品行业协会
!m 首页 / 协会工作 / 会议纪要
{T}
!m 发布：秘书处　浏览：96
{BODY}
!a 会员登录后可下载标准征求意见稿全文
!l 上一条：协会二届三次理事会召开
!m 协会秘书处：鹃山区创业大道3号科创园B座502　电话 0713-8879020
""",
        body="""
时间：2025年8月6日9:30
地点：协会会议室
主持：协会会长　闻海涛
出席：起草组成员单位代表九人，市市场监管局标准化科特邀代表一人
记录：协会秘书处　葛宁
会议讨论了《猫爬架》团体标准征求意见稿，形成以下意见：
1. 稳定性试验增加“顶层平台侧向推力”项目，推力值按产品高度分三档确定。
2. 剑麻绳、毛绒布的甲醛和可迁移元素限量参照儿童用品相关标准执行。
3. 产品说明书须标明最大承重和适用猫只体重。
会议决定9月底前完成修改并公开征求意见。
""",
    ),
    dict(
        slug="company-miaoju-recall-cat-trees-batches",
        site="喵居宠物用品 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.miaoju-pet.example.com/news/notice/2025-09-02-recall.html",
        title="关于召回部分批次“云梯”系列猫爬架的公告",
        record_title="召回通告｜关于召回部分批次“云梯”系列猫爬架的公告 · 喵居官网",
        date="2025-09-02",
        notes="a company site with a cookie notice, a service float and a 400 sales line; the recall's own 召回专线 in the body; a batches table; 扫描二维码查询 as content; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>召回通告｜关于召回部分批次“云梯”系列猫爬架的公告 · 喵居官网</title>
<script async src="/assets/track.js"></script></head><body>
<header>⟦m 喵居 MIAOJU⟧ <nav>⟦m 首页 产品中心 品牌故事 新闻公告 售后服务⟧</nav> <span>⟦m 全国销售热线：400-107-1313⟧</span></header>
<div class="crumb">⟦m 首页 › 新闻公告 › 公告⟧</div>
<article><h1>{T}</h1>
<div class="date">⟦m 2025-09-02　喵居品牌部⟧</div>
{BODY}
</article>
<div class="next">⟦l 上一篇：喵居亮相2025华中宠物用品博览会⟧</div>
<div class="kf">⟦w 在线客服 ｜ 工作日 9:00-18:00⟧</div>
<div class="cookie">⟦d 我们使用Cookie来记住您的偏好，继续浏览即视为同意⟧ <button>⟦a 知道了⟧</button></div>
<footer>⟦m 鹜洲喵居宠物用品有限公司　鄂ICP备21019908号⟧</footer>
</body></html>
""",
        body="""
尊敬的用户：
我公司在例行质量抽检中发现，部分批次“云梯”系列猫爬架的底座连接螺栓强度不足，长期使用后可能松动，存在倾倒风险。为保障用户和宠物安全，我公司决定自即日起主动召回以下批次产品：
型号　生产批次　数量
YT-150　20250312至20250428　2180件
YT-180　20250405至20250520　1460件
用户可扫描产品底座标签上的二维码查询是否属于召回批次。召回产品可免费更换加强型底座，或全额退款，往返运费由我公司承担。
召回专线：0713-8899315（每天9:00—21:00）。
由此给您带来的不便，我们深表歉意。
鹜洲喵居宠物用品有限公司
2025年9月2日
""",
    ),
    dict(
        slug="company-quewan-textile-news-shoe-cloths-record",
        site="雀湾纺织 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.quewan-textile.example.com/news/2025/0530/77.html",
        title="雀湾纺织新款竹炭纤维擦鞋布通过酒店集团采购评审",
        record_date="2025-05-30",
        date="2025-05-30",
        notes="title and date given by the record; the title glued before the lead's first words; a photo caption on a line of its own between paragraphs; no separate title line on the page",
        page="""
!m 雀湾纺织 QUEWAN TEXTILE
!m 首页 | 产品中心 | 新闻动态 | 联系我们
!m 2025-05-30　来源：市场部　浏览 203
{BODY}
!l 上一篇：公司通过质量管理体系再认证
!m 业务咨询：0713-6692288　传真：0713-6692299
!d 版权所有 © 雀湾纺织有限公司　未经许可请勿转载
""",
        body="""
⟦t 雀湾纺织新款竹炭纤维擦鞋布通过酒店集团采购评审⟧5月28日，我公司研发的竹炭纤维擦鞋布通过雀湾酒店集团客房用品采购评审，将从7月起供应该集团旗下十四家门店。
这款擦鞋布采用竹炭纤维与超细纤维混纺，吸油性比普通无纺布提高约四成，可水洗二十次以上不掉色。评审中，酒店方对其防掉色、去鞋油痕迹的效果给予肯定。
⟦m 图：质检员正在检测擦鞋布的耐洗色牢度⟧
公司总经理蔺海生表示，将以此次合作为契机，继续开发适合酒店、高铁站和写字楼使用的擦鞋用品。
""",
    ),
    dict(
        slug="training-hukou-brochure-noodle-craft-class",
        site="鹘口面艺学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.hukoumianyi.example.cn/zhaosheng/2025-07.html",
        title="手工挂面技艺培训班招生简章",
        record_title="【鹘口面艺·第7期】手工挂面技艺培训班招生简章（脱贫户免学费）｜鹘口面艺学堂",
        date=None,
        notes="a training school with a promo banner, a consult float and a 400 line; the brochure's own 报名电话 in the body; 扫描下方二维码报名 as content; a brochure with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【鹘口面艺·第7期】手工挂面技艺培训班招生简章（脱贫户免学费）｜鹘口面艺学堂</title></head><body>
<div class="promo">⟦a 限时优惠：两人同报立减300元，名额有限⟧</div>
<header>⟦m 鹘口面艺学堂⟧ ⟦m 非遗手工挂面技艺传习基地⟧ <span>⟦m 全国招生热线：400-060-1717⟧</span></header>
<nav>⟦m 首页 课程介绍 师资团队 学员风采 在线报名⟧</nav>
<h1>{T}</h1>
<div class="meta">⟦m 招生办公室　阅读 1309⟧</div>
<section class="detail">
{BODY}
</section>
<div class="qr">⟦m [报名二维码]⟧</div>
<div class="float">⟦w 在线咨询 · 课程顾问小方⟧<br>⟦a 预约试学⟧</div>
<footer>⟦m 地址：雉川县鹘口镇雉水路9号⟧ ⟦d 学堂保留对本简章的最终解释权⟧</footer>
<script src="/js/kefu-float.js"></script>
</body></html>
""",
        body="""
为传承雉川手工挂面技艺，鹘口面艺学堂面向社会开设手工挂面技艺培训班，现将招生事项介绍如下。
一、培训对象：年满十八周岁、身体健康、有意从事手工挂面生产的城乡劳动者。
二、培训内容：和面与醒面、盘条与上签、上架与拉面、晾晒与收面，以及挂面架的搭设和卫生管理。
三、培训时间：每期十五天，每期限招二十人。
四、收费标准：学费一千二百元，原料费另计；脱贫户学员免收学费。
五、报名方式：扫描下方二维码在线报名，或到学堂现场报名。报名电话：0713-6658890。
""",
    ),
    dict(
        slug="training-qiaoshou-course-shoe-care-lessons",
        site="巧手家政职业培训学校 (invented)",
        style="培训机构",
        genre="课程介绍",
        kind="other",
        form="text",
        source="https://www.qiaoshoujz.example.com/kecheng/jzfwy/12.html",
        title="家居保洁与鞋履护理课程介绍",
        record_title="家居保洁与鞋履护理课程介绍（含擦鞋布使用示范课）- 巧手家政学校",
        date=None,
        notes="a training school's course page: lessons one a paragraph; a sign-up row and an adviser's WeChat; an update time 1 周前 (no date)",
        page="""
!m 巧手家政职业培训学校
!m 首页 > 课程设置 > 家政服务员
!t 家居保洁与鞋履护理课程介绍（含擦鞋布使用示范课）
!m 课程顾问：汤老师　更新于 1 周前
!a 立即报名　　免费试听
{BODY}
!w 报名咨询微信：qiaoshou_jz　（添加请注明“课程”）
!m 学校地址：鸠岭县雀湾镇建设路26号
!d 具体课程安排以开班通知为准
""",
        body="""
本课程面向有意从事家政服务的学员，共六个课时，由从业十年以上的家政老师授课。
第一课时：家居保洁的基本流程和工具选择。
第二课时：厨房和卫生间的深度清洁。
第三课时：地板、家具的养护。
第四课时：皮鞋的清洁与上油，重点讲解擦鞋布的折法、用力方向和不同皮质的处理方法。
第五课时：运动鞋、布鞋的清洗与晾晒。
第六课时：综合实操考核，学员须独立完成一双皮鞋的护理。
结业考核合格的学员可推荐到合作家政公司上岗。
""",
    ),
    dict(
        slug="writingapp-biban-report-mailroom-letter-holders-fold",
        site="笔伴写作 (invented writing app, H5 share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bibanxiezuo.example.com/share/fw/shuzhi/66120?from=wx",
        title="机关收发室主任2024年度述职报告",
        record_title="机关收发室主任2024年度述职报告（收发岗通用）｜笔伴写作App",
        date="2025-01-06",
        notes="a writing app's H5 share: an open-app mask, an 'expand' fold on a line of its own inside the body, AI-rewrite and copy buttons; the 述职 date under the signer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>机关收发室主任2024年度述职报告（收发岗通用）｜笔伴写作App</title></head><body>
<div class="mask">⟦a 打开笔伴App，阅读全文更流畅⟧ <button>⟦a 立即打开⟧</button></div>
<div class="head">⟦m 笔伴写作⟧ ⟦m 你的公文写作搭子⟧</div>
<h1>{T}</h1>
<div class="stat">⟦m 1.8万人用过　收藏 933⟧</div>
<div class="doc">
{BODY}
</div>
<div class="tools">⟦a AI一键改写⟧ ⟦a 复制全文⟧ ⟦a 导出Word⟧</div>
<div class="rec"><h4>⟦l 大家还在看⟧</h4><p>⟦l 办公室文员年度述职报告⟧</p><p>⟦l 档案室管理员个人工作总结⟧</p></div>
<footer>⟦d 范文仅供参考，请结合本单位实际修改使用⟧</footer>
<script>window.__BIBAN_SHARE__={id:66120,from:"wx"};</script>
</body></html>
""",
        body="""
各位领导、同志们：
2024年，我在局办公室的领导下负责机关收发室工作，现将一年来的履职情况报告如下。
一、收发工作。全年收发各类信件一万二千余件、报刊四千六百余份，机要件三百一十件全部登记签收，无一差错。
⟦a 余下内容已折叠，点击展开阅读⟧
二、信插管理。年初对机关大楼一楼的公共信插重新分格，按处室贴标签，新增报刊专用格二十个；每天下午对信插积压情况巡查一次，超过三天未取的电话提醒。
三、存在不足。对电子化收发研究不够，部分工作仍靠手工登记。
新的一年，我将学习使用收发登记系统，把收发室工作做得更细更好。
述职人：彭立新
2025年1月6日
""",
    ),
    dict(
        slug="writingapp-xiezuomiao-request-kennel-repairs",
        site="写作喵 (invented writing app)",
        style="范文APP",
        genre="请示",
        kind="other",
        form="text",
        source="https://m.xiezuomiao.example.com/t/QS-2207",
        title="关于申请流浪犬收容站狗窝维修资金的请示",
        record_title="关于申请流浪犬收容站狗窝维修资金的请示（公文模板·可套用）· 写作喵",
        date="2024-10-30",
        notes="a writing app's template page: an open-app prompt, an AI button and similar templates; a 请示 with its 附件 line and the 成文日期 under the signature",
        page="""
!m 写作喵 · 公文范文
!t 关于申请流浪犬收容站狗窝维修资金的请示（公文模板·可套用）
!m 范文编号 QS-2207　收藏 512　使用 1.3万次
!a 打开App一键套用此模板
{BODY}
!a AI帮我改成自己单位的
!l 同类模板：关于申请办公设备购置经费的请示｜关于增拨救灾资金的请示
!m 写作喵 · 写公文不再熬夜
""",
        body="""
区财政局：
鹃山区流浪动物救助站现有狗窝一百四十个，多数为2019年建站时购置的木制狗窝，经过五年使用，已有六十余个出现腐烂、漏雨，冬季无法保温。
为保障收容犬只安全过冬，我站拟更换六十个破损狗窝，为八十个狗窝加装保温层，共需资金四万二千元，站内经费无法解决。
特申请区财政安排专项资金四万二千元，用于狗窝维修更换。
妥否，请批示。
附件：狗窝维修更换预算明细表
鹃山区流浪动物救助站
2024年10月30日
""",
    ),
    dict(
        slug="examforum-shangan-essay-noodle-racks-jammer",
        site="上岸驿站论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganyizhan.example.com/thread-218830-1-1.html",
        title="一副挂面架，晾出乡村振兴好“钱景”",
        record_title="[申论练笔第12天] 一副挂面架，晾出乡村振兴好“钱景”（请大家批改） - 申论作文区 - 上岸驿站论坛",
        date=None,
        notes="an exam forum with jammer fonts (two lines, two glued), a rating row, a QQ-group ad and a reply-to-see prompt; an essay with no date (posted 5 天前)",
        page="""
<html><head><meta charset="gbk"><title>[申论练笔第12天] 一副挂面架，晾出乡村振兴好“钱景”（请大家批改） - 申论作文区 - 上岸驿站论坛</title>
<style>.jammer{position:absolute;left:-9999px}</style></head><body>
<div id="hd">⟦m 上岸驿站论坛 · 公考人的加油站⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 上岸驿站 › 申论作文区 › 正文⟧</div>
<div class="hm">⟦m 查看: 1490 ｜ 回复: 37⟧</div>
<table><tr><td class="pls">⟦m 申论小白逆袭中⟧<br>⟦m 积分 860　上岸币 42⟧</td>
<td class="plc"><h1>⟦m [申论练笔第12天]⟧ {T} ⟦m （请大家批改）⟧</h1>
<div class="authi">⟦m 发表于 5 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖附有批改要点，回复后可见⟧</div>
<div class="rate">⟦l 评分　参与人数 5　上岸币 +9⟧</div>
<div class="ad">⟦w 申论批改交流群：QQ 786530212，每天一篇免费批改⟧</div></td></tr></table>
<div id="ft">⟦m 上岸驿站论坛 ( 皖ICP备20035518号 )⟧</div>
<script src="static/js/common.js?sa2025"></script>
</body></html>
""",
        junk=dict(lines=2, glued=2),
        body="""
在雉川县鹘口镇，一副副挂面架撑起了一个产业。过去，手工挂面是农家过年的手艺；如今，它变成了农民增收的“金饭碗”。一副挂面架的变迁，映照出乡村振兴的路径。
挂面架由竹竿换成不锈钢，是生产条件的升级。政府拿出专项资金补助作坊改造，让老手艺告别“靠天吃饭”，这说明产业振兴离不开公共投入的托底。
挂面架前站满游客，是发展思路的拓展。作坊开设晾面体验点，把生产现场变成旅游景点，这说明乡村产业要跳出“就产品卖产品”，在融合中找增量。
挂面架上挂着统一品牌，是市场意识的觉醒。区域公用品牌让散落的作坊抱团闯市场，这说明小农户也能对接大市场。
一副挂面架，晾的是面条，更是希望。
""",
    ),
    dict(
        slug="examforum-tonghang-interview-shoe-shine-volunteers-junk",
        site="公考同行论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.gktonghang.example.com/forum/ms/thread-55821.html",
        title="社区组织志愿者为环卫工人免费擦鞋，让你来组织，你怎么做？",
        record_title="〔面试日练·第38题〕社区组织志愿者为环卫工人免费擦鞋，让你来组织，你怎么做？ - 结构化面试 - 公考同行论坛",
        date=None,
        notes="an exam forum's interview answer with forum junk (one line, three glued); an 'edited' line and relative post time (4 天前, no date); replies and a mock-interview WeChat under it",
        page="""
!m 公考同行论坛 — 考公路上不孤单
!m 公考同行 » 面试交流区 » 结构化面试
!t 〔面试日练·第38题〕社区组织志愿者为环卫工人免费擦鞋，让你来组织，你怎么做？
!m 作者：今年一定上岸　发表于 4 天前　查看：733　回复：18
!m 本帖最后由 今年一定上岸 于 4 天前 编辑
{BODY}
!l 2#　青灯夜读：思路清楚，建议加一点安全保障
!l 3#　备考第三年：mark一下，明天练这题
!w 面试一对一模拟，加老师微信 gkth_mianshi
!m 公考同行论坛 粤ICP备22019935号
""",
        junk=dict(lines=1, glued=3),
        body="""
这是一道组织管理题，我的答题思路如下，请各位研友指点。
首先，做好前期准备。和环卫所沟通，了解环卫工人的作息，把活动安排在午休时段；招募二十名志愿者，采购鞋油、鞋刷和擦鞋布，提前培训擦鞋的基本手法。
其次，抓好现场组织。在环卫工人休息点设三个擦鞋点，每点安排一名志愿者负责引导，同时准备热水和点心，让环卫工人边休息边等候。
再次，注重活动实效。擦鞋只是一个载体，要借机听取环卫工人的困难和诉求，整理后反馈给社区。
最后，做好总结宣传，把这项活动固定为每月一次的志愿服务项目。
""",
    ),
]
