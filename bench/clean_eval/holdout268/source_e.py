"""holdout268, part E: trade associations, company sites, training schools, writing apps, exam forums.

Invented text, sites, places and people; each case written by hand. See ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="association-redwood-pledge-armchair-timber-labels",
        site="秉川市红木家具行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.bchmxh.org.cn/xhdt/2024/1218/0391.html",
        title="关于规范太师椅等红木家具材质标注的自律倡议",
        record_title="〖同业守信〗关于规范太师椅等红木家具材质标注的自律倡议 · 协会动态 · 秉川市红木家具行业协会",
        date="2024-12-16",
        date_also=["2024-12-18"],
        notes="association site: 成文日期 in Chinese numerals; member-login row, member hotline, join-us line; the association's name is also the "
        "signature (matched as head); the site's posting date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖同业守信〗关于规范太师椅等红木家具材质标注的自律倡议 · 协会动态 · 秉川市红木家具行业协会</title>
<script src="/static/js/member-login.js"></script>
</head>
<body>
<div class="xh-top">⟦a 会员单位登录⟧ ⟦a 入会申请⟧ ⟦m 会员服务热线：0737-5270818⟧</div>
<div class="xh-logo">⟦m 秉川市红木家具行业协会⟧</div>
<div class="xh-nav">⟦m 协会首页　协会概况　协会动态　会员风采　行业标准　联系我们⟧</div>
<div class="xh-loc">⟦m 您的位置：协会首页 ＞ 协会动态⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<div class="xh-meta">⟦m 2024-12-18　秘书处　阅读量 731⟧</div>
{BODY}
<div class="xh-share">⟦l 一键转发给同行：微信 ｜ 朋友圈 ｜ 复制链接⟧</div>
</div>
<div class="xh-side">
<h4>⟦l 会员风采⟧</h4>
<p>⟦l 榫韵红木：坚守榫卯三十年⟧</p>
<p>⟦l 老槐木作坊：一把圈椅的诞生⟧</p>
<p>⟦a 成为会员单位，共享行业资源 →⟧</p>
</div>
<div class="xh-foot">⟦m 地址：秉川市鹥湖区家具城管理大楼5楼⟧　⟦m 湘ICP备21003581号⟧</div>
</body>
</html>
""",
        body="""
全市红木家具生产和销售企业：
近期，消费者反映个别商家在销售太师椅等红木家具时，以染色木冒充红酸枝、以“红木色”代替“红木”，损害了消费者权益，也影响了全行业的信誉。为此，协会向全体会员企业发出如下倡议：
一、如实标注材质。太师椅、圈椅等产品的吊牌和销售合同上，须按国家标准写明木材的中文名称，不使用“红木风格”“酸枝色”等模糊说法。
二、主动提供检测。单件售价在5000元以上的，向消费者提供材质检测报告。
三、畅通售后渠道。对材质有异议的，先行退货，不推诿、不拖延。
秉川市红木家具行业协会
二〇二四年十二月十六日
""",
    ),
    dict(
        slug="association-singing-insects-cage-show-record",
        site="秉川市鸣虫文化协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.bcmingchong.org/tz/2024-09-02.html",
        title="关于举办第五届“秋鸣”手工虫具展评活动的通知",
        record_date="2024-09-02",
        date="2024-09-02",
        notes="record title and date; a schedule table one row a paragraph; the association's 报名电话 in the body "
        "beside the secretariat's mailbox at the bottom; a join-the-association line between paragraphs",
        page="""
!m 秉川市鸣虫文化协会
!m 协会首页 · 通知公告
{T}
!m 秘书处　2024-09-02
{BODY}
!m 协会秘书处邮箱：mcxh_bc@126.com
!l 往届回顾：第四届“秋鸣”展评获奖名单
!d 协会网站内容仅供会员交流
""",
        indent="\u3000\u3000",
        body="""
各会员、各位鸣虫爱好者：
协会定于9月21日至22日在秉川市花鸟市场东广场举办第五届“秋鸣”手工虫具展评活动，重点展评手工蝈蝈笼。现将有关事项通知如下：
一、参展作品须为手工制作，材质不限，每人限报3件。
二、活动日程
日期　时间　内容
9月21日　9:00—11:30　作品布展
9月21日　14:00—17:00　专家评审
9月22日　9:00—16:00　公开展示、颁奖
⟦a 还不是会员？现场可办理入会，会费每年60元⟧
三、展评设金笼奖3名、银笼奖6名、铜笼奖10名。
报名电话：0737-5366190（协会秘书处　戚老师）
秉川市鸣虫文化协会
2024年9月2日
""",
    ),
    dict(
        slug="company-baotu-recall-pram-brake-batches",
        site="宝途童车官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.baotu-tongche.com/news/gonggao/2024081501.html",
        title="关于主动召回部分“轻羽”系列折叠婴儿车的公告",
        record_title="安全召回 ▸ 关于主动召回部分“轻羽”系列折叠婴儿车的公告｜宝途童车",
        date="2024-08-14",
        date_also=["2024-08-15"],
        notes="company site: cookie notice, service float, 400 order line; the recall line in the body beside the "
        "400 line; a recalled-batches table; the site's 发布日期 also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>安全召回 ▸ 关于主动召回部分“轻羽”系列折叠婴儿车的公告｜宝途童车</title>
<script src="/assets/js/kefu-widget.js"></script>
</head>
<body>
<div class="bt-head">⟦m 宝途童车 BAOTU⟧ ⟦m 让每一段路都稳稳的⟧</div>
<div class="bt-nav">⟦m 首页　产品中心　品牌故事　新闻动态　服务支持　联系我们⟧</div>
<div class="bt-loc">⟦m 新闻动态 / 公司公告⟧</div>
<div class="bt-art">
<h1>{T}</h1>
<div class="bt-meta">⟦m 发布日期：2024.08.15　浏览：5120⟧</div>
{BODY}
</div>
<div class="bt-float">⟦w 在线客服⟧ ⟦m 订购热线 400-836-2870⟧</div>
<div class="bt-cookie">⟦d 宝途官网使用Cookie改善您的浏览体验，继续浏览即表示同意⟧ ⟦a 我知道了⟧</div>
<div class="bt-foot">⟦m 秉川宝途童车有限公司　湘ICP备17009943号-1⟧</div>
</body>
</html>
""",
        body="""
尊敬的用户：
我公司在售后检测中发现，2024年3月至5月生产的部分“轻羽”系列折叠婴儿车，后轮刹车踏板的连接销存在装配不到位的情况，长期使用后刹车可能失效，存在溜车风险。为保障儿童安全，我公司决定主动召回以下批次产品：
型号　生产批号　数量（辆）
QY-1　20240312至20240330　1860
QY-2　20240408至20240526　2315
请用户查看车架左侧铭牌上的生产批号，属于召回范围的，请停止使用，联系我公司免费更换刹车连接销并检测整车。
召回专线：0737-5380126（每天8:30—20:00）
秉川宝途童车有限公司
2024年8月14日
""",
    ),
    dict(
        slug="company-doushen-news-grain-measure-gifts-record",
        site="斗升文创官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.doushen-wenchuang.com/news/20240620.html",
        title="“老米斗”系列收纳文创上架",
        record_title="公司新闻 / “老米斗”系列收纳文创上架 - 斗升文创",
        record_date="2024-06-20",
        date="2024-06-20",
        notes="company news as text, date from the record; a shop link glued after a sentence; service and wholesale "
        "lines at the bottom",
        page="""
!m 斗升文创　把老物件做成新日子
!m 首页 | 产品 | 公司新闻 | 联系
!t 公司新闻 / “老米斗”系列收纳文创上架
!m 2024-06-20　品牌部
{BODY}
!m 批发合作：0739-6681205　客服微信：doushen_wc
!l 下一篇：斗升文创亮相县非遗购物节
!m © 镒阳县斗升文化创意有限公司
""",
        indent="\u3000\u3000",
        body="""
6月18日，镒阳县斗升文化创意有限公司推出“老米斗”系列收纳文创，首批产品在县非遗工坊和网店同步上架。
这一系列共有三款：仿照清代方斗缩小制作的米斗收纳盒、可作笔筒的升子，以及带斗刮造型的书签。产品选用本地杉木，斗口包边采用黄铜片，沿袭了老米斗的做法。⟦a 【去斗升小店看看 >>】⟧
公司负责人蒋沐之介绍，设计团队走访了鹝溪镇多位老木匠，测量了二十多只老米斗的尺寸。每件产品都附有一张卡片，介绍“斗”“升”的来历。
上架首日，系列产品售出六百余件。
""",
    ),
    dict(
        slug="training-heyuan-woodcarving-armchair-course-brochure",
        site="鞨原木艺学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.heyuan-muyi.com/kecheng/taishiyi.html",
        title="太师椅雕刻研修班招生简章",
        record_title="【冬季研修】太师椅雕刻研修班招生简章（小班十人成班）· 鞨原木艺学堂",
        date=None,
        notes="training school: promo banner, consult float, a 400 franchise line beside the school's own 报名电话 and "
        "address in the body; a brochure with no date; a trial-class line between paragraphs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【冬季研修】太师椅雕刻研修班招生简章（小班十人成班）· 鞨原木艺学堂</title>
<script src="/js/swiper.min.js"></script>
</head>
<body>
<div class="my-banner">⟦a 冬季班早鸟价：12月20日前报名立减800元⟧</div>
<div class="my-head">⟦m 鞨原木艺学堂⟧ ⟦m 一刀一凿，慢工出细活⟧</div>
<div class="my-nav">⟦m 首页　课程设置　师资力量　学员作品　报名须知⟧</div>
<div class="my-art">
<h1>{T}</h1>
{BODY}
</div>
<div class="my-works">⟦l 学员作品：如意纹靠背板 ｜ 卷草纹扶手 ｜ 福寿纹椅面⟧</div>
<div class="my-float">⟦w 课程顾问在线⟧ ⟦w 留言获取课程表⟧</div>
<div class="my-foot">⟦m 全国加盟热线：400-619-7326⟧ ⟦m 湘ICP备22011460号⟧</div>
</body>
</html>
""",
        body="""
为传承传统红木家具雕刻技艺，本学堂开设太师椅雕刻研修班，由从业三十年的老师傅手把手教学。
一、招生对象：有一定木工基础的木作爱好者、家具企业雕刻岗位员工。
二、课程内容：识图放样、刻刀使用与保养、靠背板浮雕、扶手线脚、打磨上蜡，学员结业时完成一块太师椅靠背板。
⟦a 不确定适不适合？先约一节99元体验课⟧
三、学制与费用：每期30天，每班限招10人，学费6800元，含木料和工具使用费，食宿自理。
四、报名方式：到学堂前台或电话报名，报名时缴纳定金1000元。
报名电话：0735-3357120　地址：铢岭县鞨原乡木艺街18号
""",
    ),
    dict(
        slug="training-zhuqu-parent-child-cricket-cage-class",
        site="竹趣手作工坊 (invented)",
        style="培训机构",
        genre="课程简介",
        kind="other",
        form="text",
        source="http://www.zhuqu-shouzuo.cn/course/guoguolong.html",
        title="周末亲子竹编蝈蝈笼手作课",
        record_title="亲子手作｜周末亲子竹编蝈蝈笼手作课（两次课带走成品）- 竹趣手作工坊",
        date=None,
        notes="training brochure as text: no date; the workshop's 报名电话 in the body beside a booking WeChat and "
        "a franchise line; a group-buy prompt glued after a sentence",
        page="""
!m 竹趣手作工坊　竹子的一百种玩法
!m 课程 ＞ 亲子手作
!t 亲子手作｜周末亲子竹编蝈蝈笼手作课（两次课带走成品）
!m 已有 1260 个家庭体验过
{BODY}
!w 预约试听加微信：zhuqu_kecheng
!m 工坊合作：0739-6675000
!d 图片仅供参考，成品以实际编织为准
""",
        body="""
周末带孩子来编一只会“唱歌”的笼子吧！
课程介绍：本课程由竹编老师带领家长和孩子一起，用竹篾编织传统六角蝈蝈笼。课程结束后，每个家庭可以带走自己编的笼子和一只蝈蝈。
适合年龄：6至12岁儿童，须一名家长陪同。
上课时间：每周六上午9:30—11:30，每期两次课。
课程费用：每个家庭198元，含全部材料。⟦a （三个家庭拼团每家立减30元）⟧
温馨提醒：竹篾边缘较锋利，课上统一提供手套；蝈蝈请勿放在阳光直射处，每天喂一点新鲜瓜果即可。
报名电话：0739-6675028（叶老师）
""",
    ),
    dict(
        slug="writingapp-bigeng-host-script-incense-festival",
        site="笔耕App (invented writing app, H5 share)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.bigeng-app.com/share/article?aid=5507213&from=wx",
        title="第三届锱水香文化节开幕式主持词",
        record_title="第三届锱水香文化节开幕式主持词（拿来改改就能用）· 笔耕App",
        date=None,
        notes="writing-app H5 share: open-app mask, a fold 'expand the rest', AI-rewrite button; a host script with "
        "no date; 分享 count and a share stamp (刚刚) are no dates",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>第三届锱水香文化节开幕式主持词（拿来改改就能用）· 笔耕App</title>
<script>var BG_SHARE = {aid: 5507213};</script>
</head>
<body>
<div class="bg-mask">⟦a 在笔耕App内打开，阅读体验更好⟧ <button>⟦a 立即打开⟧</button></div>
<div class="bg-art">
<h1>{T}</h1>
<div class="bg-meta">⟦m 笔耕用户·香山墨客　分享于 刚刚　1.8万人已读⟧</div>
<div class="bg-ai">⟦a ✦ AI一键改写成你的版本⟧</div>
{BODY}
<div class="bg-fold">⟦a 展开剩余 40% ∨⟧</div>
</div>
<div class="bg-rec">
<p>⟦l 同类推荐：文化节闭幕式主持词｜非遗展开幕式致辞⟧</p>
</div>
<div class="bg-foot">⟦m 笔耕App · 写材料的好帮手⟧ ⟦d 用户发布内容仅代表其个人观点⟧</div>
</body>
</html>
""",
        body="""
尊敬的各位领导、各位来宾，朋友们：
大家上午好！
香烟袅袅传古韵，炉火熊熊铸匠心。今天，我们相聚在鸒口镇铜炉小镇，隆重举行第三届锱水香文化节开幕式。
首先，请允许我介绍出席今天开幕式的领导和嘉宾……
下面，请县人民政府副县长致辞。
感谢领导的精彩致辞。接下来，请欣赏由鸒口镇铸炉艺人带来的《开炉》情景表演，大家将亲眼看到一只铜香炉从熔铜、浇铸到打磨成形的过程。
朋友们，一炉香火，一门手艺，一方水土。本届香文化节将持续三天，设有铜香炉精品展、制香体验、香道讲座等活动。
现在我宣布：第三届锱水香文化节开幕！
""",
    ),
    dict(
        slug="writingapp-wensu-report-baby-store-manager-oneline",
        site="文速写作App (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.wensu-xiezuo.com/s/fanwen/8830912",
        title="母婴用品门店店长2024年度述职报告",
        record_title="母婴用品门店店长2024年度述职报告（婴儿车专区篇）｜文速写作App",
        date="2025-01-08",
        notes="writing-app share as text, the whole body on one line; 成文日期 after the 述职人 line inside that line; "
        "open-app prompt, AI-continue button, template counters",
        page="""
!a 打开文速写作App，免费查看全文
!t 母婴用品门店店长2024年度述职报告（婴儿车专区篇）
!m 文速模板库　·　已被套用 3,402 次
!a ✎ 用AI续写　　⇪ 一键生成同类
{BODY}
!l 相关模板：门店店长述职报告（通用）｜零售门店年终总结
!m 文速写作 m.wensu-xiezuo.com
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各位领导：
2024年，我担任秉川市鹥湖区万和路门店店长，现将一年来的工作述职如下。
一、经营情况。全年门店销售额386万元，同比增长9%，其中婴儿车销售占四成，全年售出婴儿车1120辆。
二、服务提升。门店开设婴儿车试推区，顾客可以推着样车在店内试用；推出免费上门安装和一年内免费保养服务，全年上门服务430次。
三、安全管理。坚持每月对样车的刹车、锁扣逐一检查，对召回批次的婴儿车第一时间下架，并逐一电话通知购买顾客。
四、不足与打算。线上渠道拓展不够，新员工产品知识培训不系统。新的一年，我将加强员工培训，做好线上线下融合。
述职人：柳絮宁
2025年1月8日
""",
    ),
    dict(
        slug="examforum-shangan-essay-armchair-family-tradition-jammer",
        site="上岸驿站论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="html",
        source="https://bbs.shangan-yizhan.com/thread-66029-1-1.html",
        title="从一把太师椅看家风传承",
        record_title="〔申论大作文打磨〕从一把太师椅看家风传承（第7篇，求拍） - 申论写作区 - 上岸驿站论坛",
        date=None,
        notes="exam forum with jammer fonts: reply-to-see prompt, rating row, QQ-group ad; an essay with no date; "
        "发表于 2 小时前 is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>〔申论大作文打磨〕从一把太师椅看家风传承（第7篇，求拍） - 申论写作区 - 上岸驿站论坛</title>
<style>.jammer{font-size:0;color:transparent}</style>
<script src="static/js/forum_viewthread.js?Sa7"></script>
</head>
<body>
<div id="hd">⟦m 上岸驿站论坛⟧ ⟦m 公考人的加油站⟧ ⟦a 登录｜注册｜找回密码⟧</div>
<div id="ad">⟦w 申论批改群：加Q群 610482275，每晚八点名师在线⟧</div>
<div id="pt">⟦m 上岸驿站 › 申论写作区 › 大作文⟧</div>
<h1><span id="thread_subject">⟦t 〔申论大作文打磨〕从一把太师椅看家风传承（第7篇，求拍）⟧</span></h1>
<div class="authi">⟦m 冲刺省考的阿凯　发表于 2 小时前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的批改意见需回复后才能查看⟧</div>
<div class="rate">⟦l 评分 3 人　上岸币 +15　“结构清楚，论证再具体点”⟧</div>
<div class="reply">⟦l 板凳 小岸：第三段可以加个具体事例⟧</div>
<div id="ft">⟦m 上岸驿站论坛 Powered by Discuz!⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
在铢岭县一些老宅的堂屋里，至今摆着一把太师椅。过去，这把椅子只有家中长辈才能坐，晚辈进门要先问安，吃饭要等长辈动筷。
今天，我们不必再讲究谁能坐太师椅，但椅子背后所承载的尊老敬老、长幼有序的家风，依然值得珍视。
传承家风，要去其形而存其神。一方面，要摒弃“长辈说了算”的家长作风，让家庭成员平等沟通；另一方面，要把孝老爱亲、勤俭持家的好传统延续下去。
传承家风，还要从小事做起。常回家看看，陪老人吃一顿饭、听一段往事，家风就在这些细节中传了下去。
""",
    ),
    dict(
        slug="examforum-anshang-interview-cricket-cage-hawkers-junk",
        site="岸上公考社区 (invented exam forum)",
        style="公考论坛",
        genre="面试题",
        kind="other",
        form="text",
        source="http://www.anshang-gk.com/forum/t/228107",
        title="景区小贩用蝈蝈笼卖野生鸣虫，你怎么看？",
        record_title="【面试题目复盘】景区小贩用蝈蝈笼卖野生鸣虫，你怎么看？（答题框架在2楼）- 结构化面试区 - 岸上公考社区",
        date=None,
        notes="exam forum post as text with junk lines and junk glued after 。; a 'reply to see the marking' prompt; "
        "no date (楼主 发表于 6 天前)",
        page="""
!m 岸上公考社区 - 上岸的人都在这
!m 岸上公考社区 » 结构化面试区
!t 【面试题目复盘】景区小贩用蝈蝈笼卖野生鸣虫，你怎么看？（答题框架在2楼）
!m 楼主 面试冲冲冲　发表于 6 天前　查看 1833　回复 41
{BODY}
!a 回复本帖可见考官点评
!l 1# 稳住能赢：第二点说得好，辩证看
!l 2# 一次上岸：求一份同类题的模板
!w 面试一对一模拟，微信 anshang_ms66
!m 岸上公考社区 anshang-gk.com
""",
        junk=dict(lines=2, glued=3),
        body="""
题目：某景区门口，有小贩用蝈蝈笼装着从山上捉来的蝈蝈、蟋蟀出售，游客纷纷购买。有人认为这是传统民俗，有人认为破坏了生态。你怎么看？
答：我认为这一现象需要辩证看待。
一方面，编蝈蝈笼、养鸣虫是流传已久的民俗，蝈蝈笼本身也是一门手艺，有一定文化价值，不宜简单禁止。
另一方面，大量捕捉野生鸣虫，会破坏景区生态平衡，部分小贩还存在占道经营、随意定价的问题。
对此，我建议：一是景区管理部门划定固定摊位，规范经营秩序；二是引导商户以销售手工蝈蝈笼为主，减少捕捉野生鸣虫；三是开展生态保护宣传，引导游客文明消费。
""",
    ),
]
