"""holdout179, part E: residents' sites, associations, companies, training schools and
writing apps. Invented text throughout; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="community-doorstop-elderly-notice-html",
        site="铖湖县湖滨街道幸福里社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://xingfuli.chenghu.example.cn/tz/20240903.html",
        title="关于为辖区高龄老人免费安装门挡和扶手的通知",
        record_title="关于为辖区高龄老人免费安装门挡和扶手的通知 | 幸福里社区",
        date="2024-09-03",
        notes="residents' site with weather widget and grid box; community phone next to the document's own 联系人/电话",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于为辖区高龄老人免费安装门挡和扶手的通知 | 幸福里社区</title></head><body>
<div class="top">⟦m 幸福里社区居民之家⟧ <span class="wx">⟦m 今日 晴 24~31℃⟧</span></div>
<nav>⟦m 社区动态 便民服务 党群阵地 网格之窗⟧</nav>
<h1>{T}</h1>
<div class="by">⟦m 发布：社区居委会　2024-09-03⟧</div>
{BODY}
<div class="grid">⟦m 我的网格员：第三网格 汪小燕 138****2615⟧</div>
<footer>⟦m 社区服务站电话：0736-5512340⟧ ⟦m 地址：湖滨街道幸福路18号⟧</footer>
</body></html>
""",
        body="""
各位居民：
为减少老年人居家跌倒、夹伤等意外，社区联合县民政局开展适老化改造，为辖区80周岁以上老人免费安装门挡和卫生间扶手。
有需要的家庭请于9月20日前到社区服务站登记，也可由网格员上门登记。
联系人：柯主任　电话：0736-5512398
幸福里社区居民委员会
2024年9月3日
""",
    ),
    dict(
        slug="community-soapbox-swap-day-text",
        site="钤阳县松风苑小区业主之家 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="http://songfengyuan.example.com/news/412",
        title="“闲置日用品交换日”倡议",
        record_title="“闲置日用品交换日”倡议",
        date="2024-05-18",
        notes="residents' page; weather line; 扫码进群 as content; date under signature; 阅读 count",
        page="""
!m 松风苑业主之家　｜　今天是星期六　多云 18~26℃
{T}
!m 阅读 326　点赞 19
{BODY}
!l 评论(4)　我也说两句
!m 物业服务中心 24 小时电话：0733-2288101
""",
        body="""
各位邻居：
家里是不是有用不上的肥皂盒、收纳筐、笔筒、衣架？与其堆在角落，不如拿出来交换。
5月25日上午9点，小区中心花园将举办“闲置日用品交换日”，请大家把物品清洗干净后带来。
有意参加的邻居请扫码进入“松风苑换物群”报名。
松风苑业主委员会
2024年5月18日
""",
    ),
    dict(
        slug="association-penholder-craft-pledge-html",
        site="铎山县竹木工艺协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="https://www.dsztxh.example.org/news/2024/0716.html",
        title="关于竹木笔筒产品诚信经营的倡议书",
        record_title="【协会倡议】关于竹木笔筒产品诚信经营的倡议书",
        date="2024-07-16",
        notes="association site with member login; date under signature; numbered list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【协会倡议】关于竹木笔筒产品诚信经营的倡议书</title></head><body>
<div class="hd">⟦m 铎山县竹木工艺协会⟧ ⟦a 会员登录⟧ ⟦a 入会申请⟧</div>
<nav>⟦m 协会概况 行业资讯 会员风采 政策法规⟧</nav>
<h2>{T}</h2>
<div class="pub">⟦m 发布时间：2024-07-16　发布人：秘书处⟧</div>
{BODY}
<div class="ft-links">⟦l 友情链接：省工艺美术协会 ｜ 县工商联⟧</div>
<footer>⟦m 协会秘书处电话：0736-7711258⟧ ⟦d © 铎山县竹木工艺协会 保留所有权利⟧</footer>
</body></html>
""",
        body="""
全县竹木工艺企业和从业者：
近来，网络上出现以塑料仿竹冒充竹刻笔筒销售的情况，损害了铎山竹刻的声誉。为此，协会倡议：
1.如实标注产品材质和工艺，手工雕刻与机器雕刻分开标注。
2.不以次充好，不虚标“大师作品”。
3.主动接受消费者和协会监督。
铎山县竹木工艺协会
2024年7月16日
""",
    ),
    dict(
        slug="association-shoehorn-footwear-minutes-text",
        site="锃溪县鞋业商会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.zxxysh.example.cn/hyjy/2023/1128.html",
        title="县鞋业商会第三届理事会第四次会议纪要",
        record_title="县鞋业商会第三届理事会第四次会议纪要",
        date="2023-11-28",
        notes="minutes with 时间/地点/主持/出席/记录 lines and a vote count; meeting date",
        page="""
!m 锃溪县鞋业商会 · 会员之家
!m 首页 ＞ 会议纪要
{T}
!m 编辑：商会秘书处　发布：2023-11-30
{BODY}
!l 【上一篇】商会组团参加省鞋博会　【下一篇】会员企业年检通知
""",
        date_also=["2023-11-30"],
        body="""
时间：2023年11月28日上午
地点：商会会议室
主持：会长 郑荣发
出席：理事21人
记录：秘书处 吕娜
会议讨论通过了《关于统一定制随鞋赠送鞋拔子的方案》，由商会统一采购印有“锃溪好鞋”标识的塑料鞋拔子，会员企业按需认购。
表决结果：同意19票，反对0票，弃权2票。
""",
    ),
    dict(
        slug="company-thimble-launch-news-html",
        site="钧口铜艺有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jktongyi.example.com/news/2024/03/21.html",
        title="公司推出可调节尺寸纯铜顶针",
        record_title="公司推出可调节尺寸纯铜顶针-钧口铜艺",
        date="2024-03-21",
        notes="company site with online-service float; dotted date; sales line vs the document's own 客服电话",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公司推出可调节尺寸纯铜顶针-钧口铜艺</title></head><body>
<header>⟦m 钧口铜艺⟧ ⟦m 匠心铜器 三代传承⟧</header>
<nav>⟦m 首页 关于我们 产品中心 新闻中心 联系我们⟧</nav>
<div class="pos">⟦m 新闻中心 / 公司新闻⟧</div>
<h1>{T}</h1>
<div class="d">⟦m 2024.03.21⟧</div>
{BODY}
<div class="float">⟦w 在线客服⟧ ⟦w 批发咨询：13907391188⟧</div>
<footer>⟦m Copyright © 钧口铜艺有限公司⟧</footer>
</body></html>
""",
        body="""
近日，公司推出一款可调节尺寸的纯铜顶针，开口设计可根据手指粗细自由调节，解决了传统顶针尺寸不合手的问题。
新品采用H62黄铜整体冲压，表面麻点采用手工錾刻，兼顾实用和美观。
该产品已在公司天猫店上架，消费者如有疑问可拨打客服电话0739-7712026。
""",
    ),
    dict(
        slug="company-soapbox-quality-pledge-text",
        site="镛田洁雅日化 (invented)",
        style="企业官网",
        genre="承诺书",
        kind="other",
        form="text",
        source="http://www.jieyarh.example.cn/about/cn.html",
        title="产品质量承诺书",
        record_title="产品质量承诺书 - 洁雅日化",
        date="2025-01-01",
        notes="company pledge; date in Chinese numerals under signature; nav and footer lines",
        page="""
!m 镛田洁雅日化有限公司　首页 | 产品 | 关于洁雅 | 联系
{T}
{BODY}
!m 销售热线：400-667-3321　地址：镛田县工业园洁雅路6号
!m 备案号：湘ICP备19027755号-1
""",
        body="""
我公司郑重承诺：
一、公司生产的香皂、肥皂盒及配套洗护用品，均严格按照国家标准和企业标准组织生产。
二、每批产品出厂前均经检验合格，不合格产品不出厂。
三、产品出现质量问题的，公司负责无条件退换。
镛田洁雅日化有限公司
二〇二五年一月一日
""",
    ),
    dict(
        slug="training-woodcraft-course-plan-html",
        site="锜江匠作培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.qjjiangzuo.example.com/kecheng/mz12.html",
        title="木作入门班（鞋拔子、笔筒）课程安排",
        record_title="学员必看｜木作入门班（鞋拔子、笔筒）课程安排",
        date=None,
        notes="training school with 400 enrolment line; the school's own 报名电话 in the body; course table; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>学员必看｜木作入门班（鞋拔子、笔筒）课程安排</title></head><body>
<div class="top">⟦m 锜江匠作培训学校⟧ ⟦w 全国招生热线 400-900-2318⟧</div>
<nav>⟦m 首页 课程 师资 学员作品 在线报名⟧</nav>
<h1>{T}</h1>
{BODY}
<div class="cta">⟦a 立即报名领取试听名额⟧</div>
<div class="kf">⟦w 添加课程顾问微信：jiangzuo_qj⟧</div>
<footer>⟦m 锜江匠作 © 版权所有⟧</footer>
</body></html>
""",
        body="""
本班共8课时，每周六上午上课，适合零基础学员。
课次　内容
第1课　工具认识与安全
第2至3课　鞋拔子划线、锯料与打磨
第4至6课　笔筒掏膛、刻纹与上油
第7至8课　作品完善与点评
学费包含全部材料和工具使用费，结业作品学员带走。
报名电话：0739-8830516（校本部）
""",
    ),
    dict(
        slug="training-sewing-thimble-insight-text",
        site="钤阳巧手缝纫学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://www.qyqiaoshou.example.cn/xysy/221.html",
        title="学缝纫先学戴顶针",
        record_title="学员心声 | 学缝纫先学戴顶针",
        date=None,
        notes="student essay on a training school; no date (relative 昨天 stamp); hard-wrapped at 58 columns",
        wrap=58,
        page="""
!m 钤阳巧手缝纫学校 — 学员心声
{T}
!m 学员：聂小满　昨天 16:40
{BODY}
!w 想学缝纫？微信同号 15873310026
!l 更多学员心声 >>
""",
        body="""
刚来学校时，老师发给每人一枚顶针，我觉得戴着别扭，总是偷偷摘下来，结果手工缝纫课上手指被针扎了好几次。
老师说，顶针戴在中指第二节，用它把针往前推，手指才不会受伤，力气也使得上。
练了一个星期，我终于习惯了，现在缝扣眼又快又稳。
""",
    ),
    dict(
        slug="app-fanwen-doorstop-hotel-summary-text",
        site="笔友写作APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.biyouapp.example.com/s/Ka7x0021",
        title="酒店工程部客房门挡更换工作小结",
        record_title="酒店工程部客房门挡更换工作小结（通用版）｜笔友写作",
        date="2024-03-29",
        notes="writing app share page; open-in-app prompt; AI rewrite button; date under signature",
        page="""
!m 笔友写作 · 范文库
{T}
!a 打开APP，查看更多同类范文
!a AI改写　一键复制　生成Word
{BODY}
!a 喜欢就点个赞吧 ♥ 128
!l 相关范文：酒店工程部年度工作总结／客房设施维修保养计划
""",
        body="""
3月份，工程部完成了全部186间客房门挡的更换工作，现小结如下。
一、原有橡胶门挡老化开裂，部分客人投诉关门时撞墙声响大，本次统一更换为不锈钢磁吸门挡。
二、施工安排在白天客房空置时段进行，未影响客人入住。
三、更换后，客房部关于门的投诉降为零。
工程部
2024年3月29日
""",
    ),
    dict(
        slug="app-writing-penholder-speech-html",
        site="公文帮APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://m.gongwenbang.example.com/share/aw9921",
        title="在书法进社区笔筒赠送仪式上的致辞",
        record_title="在书法进社区笔筒赠送仪式上的致辞（可编辑）｜公文帮",
        date=None,
        notes="writing app share page (HTML); speech with no date; speaker line neutral; open-in-app bar; VIP unlock line between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>在书法进社区笔筒赠送仪式上的致辞（可编辑）｜公文帮</title></head><body>
<div class="appbar">⟦a 公文帮APP 打开⟧</div>
<h1>{T}</h1>
<p class="who">县书法家协会主席　樊墨林</p>
{BODY}
<div class="bottom">⟦a 复制全文⟧ ⟦a 下载为Word⟧ ⟦l 收藏⟧</div>
<div class="rec">⟦l 猜你喜欢：在书法培训班开班仪式上的讲话⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
今天，县书法家协会走进社区，为社区书法爱好者赠送竹制笔筒和毛笔。
⟦a 开通VIP解锁本站全部致辞范文⟧
一只笔筒，装的是笔，更是对书法的热爱。希望大家常练常写，让墨香飘满社区。
谢谢大家！
""",
    ),
]
