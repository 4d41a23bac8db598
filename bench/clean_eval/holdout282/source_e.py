"""holdout282, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="community-danyuan-notice-tiger-shoe-class-grid-box",
        site="聃园邻里网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.danyuanlinli.cn/tzgg/2025/0708/412.html",
        title="关于举办“小手缝虎鞋”亲子非遗体验课的通知",
        record_title="〖社区通知〗关于举办“小手缝虎鞋”亲子非遗体验课的通知｜聃园邻里网",
        date="2025-07-08",
        date_also=["2025-07-09"],
        notes="residents' site: weather line, a grid member's box with a mobile, property repair and night lines beside the "
        "notice's own 咨询电话; 扫描二维码报名 is content; a QR placeholder line between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〖社区通知〗关于举办“小手缝虎鞋”亲子非遗体验课的通知｜聃园邻里网</title>
<script src="/js/weather.js"></script>
</head><body>
<div class="top">⟦m 聃园邻里网⟧ ⟦m 远亲不如近邻⟧ ⟦m 窎川区 多云 26～33℃ 空气良⟧</div>
<div class="nav">⟦m <a>首页</a> <a>社区通知</a> <a>办事指南</a> <a>邻里圈</a> <a>志愿服务</a>⟧</div>
<div class="pos">⟦m 首页 › 社区通知⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="meta">⟦m 发布：社区居委会　2025-07-09 08:30　浏览 611⟧</div>
{BODY}
</div>
<div class="grid">⟦w 我的网格员：矸丽华　手机 150-7362-0918⟧</div>
<div class="wy">⟦m 物业报修：0736-2290800　夜间值班：0736-2290801⟧</div>
<div class="more">⟦l 更多通知：7月燃气安全入户检查安排 ｜ 聃园社区暑期托管班开班⟧</div>
<div class="ft">⟦m 聃园社区居民委员会 主办　窎川区聃园路16号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
各位居民朋友：
为丰富辖区少年儿童的暑期生活，聃园社区联合县文化馆，将于7月19日、26日两个周六上午9:00在社区党群服务中心二楼活动室举办“小手缝虎鞋”亲子非遗体验课。
课程由虎头鞋制作技艺传承人訾秀英老师授课，带领孩子和家长用不织布缝制一只迷你虎头鞋挂件，材料由社区免费提供。
每期限招15组家庭，适合6至12岁儿童参加。有意参加的居民请扫描下方二维码报名，报满即止。
⟦m ［报名二维码］⟧
咨询电话：0736-2290715（社区服务站）
聃园社区居民委员会
2025年7月8日
""",
    ),
    dict(
        slug="community-danyuan-minutes-mending-point-time-line",
        site="聃园邻里网 (invented residents' site, text page)",
        style="社区网站",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.danyuanlinli.cn/ysh/2025/0317/88.html",
        title="聃园社区居民议事会关于设立便民缝补点的会议纪要",
        record_title="【议事纪要】聃园社区居民议事会关于设立便民缝补点的会议纪要 - 聃园邻里网",
        date="2025-03-14",
        date_also=["2025-03-17"],
        notes="minutes: 时间/地点/主持/参会/记录 lines, the 时间 line gives the date; the page's posting date also accepted; "
        "numbered decisions",
        page="""
!m 聃园邻里网 · 居民议事
!m 首页 › 居民议事 › 议事纪要
{T}
!m 发布：2025-03-17　浏览 238　评论 6
{BODY}
!l 邻居说：缝补点开了一定去，家里好几条裤子等着改
!l 我也说两句（登录后发言）
!m 聃园邻里网　窎川区聃园社区居委会主办
""",
        body="""
时间：2025年3月14日上午9:30
地点：社区党群服务中心议事厅
主持：社区党支部书记　闾春燕
参会：居民代表11人、物业公司代表1人、网格员3人
记录：聃晓丽
会议讨论了部分居民提出的“缝扣子、改裤脚难”问题。代表们认为，辖区老年人多，很多人眼睛花了，穿缝衣针都困难，社区附近又没有裁缝铺。
会议议定：
1. 在社区服务站一楼设立便民缝补点，每周二、周五上午开放；
2. 邀请退休裁缝师傅和巧手志愿者轮值，社区配备缝纫机、针线和熨斗；
3. 缝补服务免费，换拉链等需用材料的按成本收费。
""",
    ),
    dict(
        slug="assoc-chaqi-pledge-kettle-lining-member-login",
        site="霅湖市茶器行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.xhchaqi.org.cn/xhdt/2025/0410/207.html",
        title="关于规范铁壶内壁处理、守护饮水安全的倡议书",
        record_title="倡议书·关于规范铁壶内壁处理、守护饮水安全的倡议书 - 霅湖市茶器行业协会",
        date="2025-04-10",
        notes="association: member login row, member hotline, a share row; the association's name also signs the pledge "
        "(matched as head); 分享到工作群 in the body is content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>倡议书·关于规范铁壶内壁处理、守护饮水安全的倡议书 - 霅湖市茶器行业协会</title>
<script src="/js/member-login.js"></script>
</head><body>
<div class="top">⟦m 霅湖市茶器行业协会⟧ ⟦a 会员单位登录⟧ ⟦a 入会申请⟧</div>
<div class="nav">⟦m <a>首页</a> <a>协会概况</a> <a>协会动态</a> <a>行业标准</a> <a>会员风采</a> <a>联系我们</a>⟧</div>
<div class="pos">⟦m 首页 - 协会动态 - 行业倡议⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="info">⟦m 来源：协会秘书处　阅读 402⟧</div>
{BODY}
<div class="share">⟦l 转给会员 ｜ 复制链接 ｜ 朋友圈⟧</div>
</div>
<div class="side">⟦w 会员服务专线：0736-2811360⟧</div>
<div class="ft">⟦m 霅湖市茶器行业协会 秘书处　霅湖市陶然路55号⟧ ⟦m 湘ICP备19011562号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
全市铁壶生产企业和经销商：
近年来，铁壶深受茶友喜爱，但也有个别企业为了好看、省事，在壶内壁喷涂非食品级涂料，损害了消费者健康和行业声誉。为此，霅湖市茶器行业协会向全体会员和从业者倡议：
一、坚持内壁传统高温氧化工艺，不使用任何非食品级涂层；
二、在产品说明书中如实标注材质、内壁处理方式和使用保养方法；
三、主动将产品送检，接受社会监督；
四、发现违规产品及时向协会或市场监管部门反映。
请各会员单位将本倡议分享到工作群，并组织员工学习。
霅湖市茶器行业协会
2025年4月10日
""",
    ),
    dict(
        slug="assoc-jinyin-minutes-lock-standard-vote",
        site="霅湖市金银饰品行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.xhjinyin.org/dongtai/2025/0825/71.html",
        title="霅湖市金银饰品行业协会二届五次理事会会议纪要",
        record_title="〖理事会简报〗霅湖市金银饰品行业协会二届五次理事会会议纪要",
        date="2025-08-22",
        date_also=["2025-08-25"],
        notes="association minutes: 时间/地点/主持/出席/列席/记录 lines and a vote count; the 时间 line gives the date, the "
        "posting date also accepted",
        page="""
!m 霅湖市金银饰品行业协会
!m 首页 > 协会动态 > 会议纪要
{T}
!m 发布于 2025-08-25　秘书处
{BODY}
!a 会员登录后可查看标准全文
!m 协会秘书处电话：0736-2836021
!m Copyright 霅湖市金银饰品行业协会
""",
        indent="\u3000\u3000",
        body="""
时间：2025年8月22日下午
地点：协会会议室
主持：会长　臬国华
出席：理事27人（应到31人）
列席：市市场监管局质量科代表
记录：趵晓雯
会议审议了《婴幼儿佩戴银饰（长命锁）》团体标准（送审稿）。秘书处介绍了标准起草过程，标准对含银量标注、镍释放量、铃铛和挂件的抗拉强度以及挂绳长度作了规定。
会议以25票赞成、0票反对、2票弃权通过该标准，决定于10月1日起在会员单位中实施。
会议要求各会员单位在9月底前完成库存产品自查。
""",
    ),
    dict(
        slug="company-hanjiang-news-smart-iron-cookie-float",
        site="霅湖焊匠工具有限公司官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hanjiangtools.com/news/company/2025-09-17-hj60.html",
        title="焊匠推出新一代智能恒温电烙铁，五秒升温还能自动休眠",
        record_title="新品首发｜焊匠推出新一代智能恒温电烙铁，五秒升温还能自动休眠_焊匠工具官网",
        date="2025-09-17",
        notes="company site: cookie notice, service float, a dotted company date as the page's date; the title repeated "
        "glued before the news lead's first words",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>新品首发｜焊匠推出新一代智能恒温电烙铁，五秒升温还能自动休眠_焊匠工具官网</title>
<script src="/assets/js/consent.js" defer></script>
</head><body>
<header>⟦m 焊匠工具 HANJIANG⟧ <nav>⟦m <a>首页</a> <a>产品中心</a> <a>解决方案</a> <a>新闻资讯</a> <a>服务支持</a> <a>关于焊匠</a>⟧</nav></header>
<div class="crumb">⟦m 首页 / 新闻资讯 / 公司新闻⟧</div>
<main>
<h1>{T}</h1>
<p class="date">⟦m 2025.09.17　焊匠品牌部⟧</p>
{BODY}
<div class="pager">⟦l 上一篇：焊匠工具亮相华南电子装联展⟧ ⟦l 下一篇：烙铁头日常保养五步法⟧</div>
</main>
<div class="kefu">⟦w 售前咨询 400-879-3360⟧ ⟦a 在线客服⟧</div>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续访问即表示同意⟧ ⟦a 知道了⟧</div>
<footer>⟦m © 2025 霅湖焊匠工具有限公司　湘ICP备21040736号-1⟧</footer>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
⟦t 焊匠推出新一代智能恒温电烙铁，五秒升温还能自动休眠⟧9月16日，霅湖焊匠工具有限公司在新品发布会上推出新一代HJ-60智能恒温电烙铁。
与传统电烙铁相比，这款产品采用陶瓷发热芯，通电五秒即可升至300度，温度可在200度至450度之间调节，误差不超过5度。产品内置震动传感器，放下烙铁三分钟无操作即自动降温休眠，十分钟后自动断电，有效避免忘记断电引发的火灾隐患。
公司研发负责人介绍，产品还配备了防烫硅胶手柄和可快速更换的烙铁头，适合电子维修和学校实训使用。
该产品已于9月20日起在各大电商平台上市。
""",
    ),
    dict(
        slug="company-yinjiangfang-recall-lock-batches",
        site="霅湖银匠坊首饰有限公司官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.yinjiangfang.com/gonggao/20250428.html",
        title="关于召回部分批次婴幼儿银饰长命锁的公告",
        record_title="【召回公告】关于召回部分批次婴幼儿银饰长命锁的公告 - 霅湖银匠坊",
        date="2025-04-28",
        notes="company text: a batches table, the recall line beside a 400 order line; 扫描二维码查询批号 is content; "
        "成文日期 under the signature",
        page="""
!m 霅湖银匠坊 · 百年银艺
!m 首页 | 产品 | 门店 | 公告 | 关于我们
{T}
!m 公告 · 2025-04-28
{BODY}
!w 订购热线 400-102-5858（9:00-21:00）
!a 关注银匠坊服务号，新品抢先看
!m 霅湖银匠坊首饰有限公司　湘ICP备17055203号
""",
        indent="",
        body="""
尊敬的消费者：
近期，我公司在质量自查中发现，2025年1月至3月生产的部分婴幼儿长命锁挂件，铃铛焊接处强度不足，存在脱落后被婴幼儿误吞的风险。为保障儿童安全，我公司决定主动召回以下批次产品：
产品型号　生产批号　数量
CM-01福字锁　250108　1200件
CM-03麒麟锁　250215　860件
CM-05平安锁　250302　540件
消费者可扫描包装盒背面二维码查询批号，凭购买凭证到原购买门店免费退货。
召回咨询电话：0736-2218866
霅湖银匠坊首饰有限公司
2025年4月28日
""",
    ),
    dict(
        slug="training-qiaozhen-brochure-hand-sewing-promo",
        site="巧针布艺工作室 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaozhenbuyi.com/kecheng/shoufeng-rumen.html",
        title="零基础手缝入门班招生简章",
        record_title="【夏季小班】零基础手缝入门班招生简章（每班限10人）｜巧针布艺工作室",
        date=None,
        notes="training school: promo banner, consult float, an adviser's WeChat beside the school's own 报名电话; "
        "a trial-lesson prompt between paragraphs; a brochure carries no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【夏季小班】零基础手缝入门班招生简章（每班限10人）｜巧针布艺工作室</title>
<script src="/js/kefu.js"></script>
</head><body>
<div class="promo">⟦a 暑期报两期立减200元，名额有限⟧</div>
<header>⟦m 巧针布艺工作室⟧ ⟦m 让每双手都会缝⟧ <nav>⟦m <a>首页</a> <a>课程</a> <a>作品墙</a> <a>老师</a> <a>联系</a>⟧</nav></header>
<section class="course">
<h1>{T}</h1>
{BODY}
</section>
<div class="float">⟦w 课程顾问微信 qz_buyi2020⟧ ⟦a 马上预约⟧</div>
<footer>⟦m 巧针布艺工作室 · 霅湖市窎川区⟧ ⟦d 图片均为学员作品，转载请注明⟧</footer>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
你是不是也遇到过这些烦恼：衣服扣子掉了不会钉，裤脚长了不会改，想给孩子缝个布偶却不知道从哪儿下针？
我们的零基础手缝入门班专为新手开设，从认识缝衣针、穿针引线、打结收线教起，循序渐进学习平针、回针、藏针、锁边等八种常用针法。
⟦a 先来试一节：19.9元体验课，点此预约⟧
课程安排：每期8次课，每周六下午2:00至4:00，小班教学，每班不超过10人。
学费：每期680元，含全部针线材料费，结课后可带走自己的作品和一套工具。
上课地点：霅湖市窎川区聃园路16号二楼布艺教室。
报名电话：0736-2253071
""",
    ),
    dict(
        slug="training-xiuyuan-brochure-tiger-shoe-400-line",
        site="绣源手作学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.xiuyuanshouzuo.cn/zhaosheng/hutouxie.html",
        title="虎头鞋手工研习班招生简章",
        record_title="【非遗研学】虎头鞋手工研习班招生简章（材料包随课赠送）- 绣源手作学堂",
        date=None,
        notes="training text: the school's own 报名电话 beside a 400 franchise line; a promo line glued after a 。; no date",
        page="""
!m 绣源手作学堂
!m 首页 > 招生信息 > 非遗手作
{T}
!m 浏览：733
{BODY}
!w 加盟合作热线：400-690-7718
!a 在线报名　|　加入学员群
!m 绣源手作学堂　祊溪县稆田镇文化街12号
""",
        indent="\u3000\u3000",
        body="""
虎头鞋是中国传统的童鞋，鞋头绣成虎头模样，寓意孩子虎头虎脑、健康平安。为让更多人学会这门老手艺，我们开设虎头鞋手工研习班。
课程内容：剪纸样、做鞋帮、绣虎脸、纳鞋底、缝合上帮，学完可独立完成一双成人手掌大小的虎头鞋。⟦a 老学员推荐新学员，双方各减100元⟧
授课老师：县级非遗传承人訾秀英，从艺四十余年。
开班时间：每月第一个周一开班，每期12天，每天上午9:00至11:30。
收费标准：1200元/人，含布料、丝线、绣花针等全部材料。
报名电话：0735-8816520
""",
    ),
    dict(
        slug="app-biling-host-script-tiger-shoe-expo-mask",
        site="笔灵写作APP (invented writing app, H5 share)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.bilingxiezuo.com/share/doc?id=7Q2kx81",
        title="“虎头鞋·童年的守护”非遗展开幕式主持词",
        record_title="“虎头鞋·童年的守护”非遗展开幕式主持词（开幕主持可改用）· 笔灵写作APP",
        date=None,
        notes="writing-app H5 share: open-app mask, a fold, an AI-rewrite button glued after a 。; a host script has no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>“虎头鞋·童年的守护”非遗展开幕式主持词（开幕主持可改用）· 笔灵写作APP</title>
<script src="https://h5.bilingxiezuo.com/static/share.js"></script>
</head><body>
<div class="app-bar">⟦m 笔灵写作⟧ ⟦a 打开APP，写稿快十倍⟧</div>
<div class="doc">
<h1>{T}</h1>
<div class="doc-meta">⟦m 笔灵范文库 · 2.3万人用过 · 字数 412⟧</div>
{BODY}
<div class="fold">⟦a 展开全文需在APP内查看⟧</div>
</div>
<div class="mask">⟦a 在笔灵APP中打开，一键套用本模板⟧</div>
<div class="foot">⟦d 范文仅供参考，请结合实际修改使用⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
尊敬的各位领导、各位来宾，亲爱的小朋友们：
大家上午好！欢迎来到“虎头鞋·童年的守护”非遗展开幕式现场。
一双虎头鞋，一针一线都是长辈对孩子的祝福。本次展览汇集了祊溪县十一个乡镇的两百余双虎头鞋，最早的一双已有百年历史。⟦a ✨ AI帮我改写这段⟧
首先，请允许我介绍出席今天开幕式的领导和嘉宾。
下面，有请县文化和旅游局局长致辞。大家掌声欢迎！
最后，有请各位领导和嘉宾移步展厅，参观展览，和传承人一起动手缝上一针。
开幕式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="app-xiegaobang-report-solder-team-leader-oneline",
        site="写稿帮APP (invented writing app, text share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.xiegaobang.cn/s/9kPq20",
        title="装接车间焊接班组长2025年度述职报告",
        record_title="装接车间焊接班组长2025年度述职报告（班组长通用）- 写稿帮APP",
        date="2025-12-26",
        notes="writing-app share, the whole body on one line; 成文日期 under the 述职人 line; app prompts around",
        page="""
!m 写稿帮 · 你的随身笔杆子
!a 下载写稿帮APP，海量范文随手改
{T}
!m 来自写稿帮范文库　已有 5120 人收藏
{BODY}
!a 复制全文需开通写稿帮会员
!l 相关范文：车间主任年度述职报告 ｜ 班组长安全生产述职
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
一年来，我担任装接车间焊接二班班组长，带领全班14名员工完成了公司下达的生产任务。现将履职情况报告如下。
一、完成生产任务。全年共完成电路板焊接21.6万块，一次合格率由年初的97.2%提高到99.1%。
二、抓好安全管理。坚持班前讲安全，督促员工电烙铁用后上架、离岗断电，全年班组未发生烫伤和用电事故。
三、带好新人。带教新员工5名，全部通过岗位技能考核。
不足之处是对新设备的学习还不够深入。明年我将带领班组继续提高焊接质量，争创公司优秀班组。
述职人：趵建新
2025年12月26日
""",
    ),
]
