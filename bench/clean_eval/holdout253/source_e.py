"""holdout253, part E: 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛.

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="association-jingcheng-gymnastics-pledge-vault-html",
        site="憬城市体操协会 (invented association site)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.jcgymnastics.org.cn/xhdt/2025/0422/75.html",
        title="关于规范跳马等体操器材租借行为的倡议书",
        record_title="协会之声｜关于规范跳马等体操器材租借行为的倡议书 - 憬城市体操协会",
        date="2025-04-22",
        date_also=["2025-04-24"],
        notes="association site with a member-login row; its name in the header is also the pledge's signature (matched as head); "
        "成文日期 under the signature differs from the site's posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>协会之声｜关于规范跳马等体操器材租借行为的倡议书 - 憬城市体操协会</title>
<script src="/js/xh.js"></script>
</head>
<body>
<div class="xh-top"><a href="#">⟦a 会员单位登录⟧</a>　<a href="#">⟦a 申请入会⟧</a>　<a href="#">⟦a 证书查询⟧</a></div>
<div class="xh-logo"><span>⟦m 憬城市体操协会⟧</span> <span>⟦m Jingcheng Gymnastics Association⟧</span></div>
<ul class="xh-nav"><li>⟦m 首页⟧</li><li>⟦m 协会概况⟧</li><li>⟦m 协会之声⟧</li><li>⟦m 赛事活动⟧</li><li>⟦m 会员风采⟧</li></ul>
<div class="xh-pos">⟦m 您的位置：首页 &gt; 协会之声⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<p class="xh-info">⟦m 日期：2025-04-24　作者：秘书处　阅读：388⟧</p>
<div class="xh-con">
{BODY}
</div>
<div class="xh-tools">⟦a 【转发给会员】【打印】⟧</div>
</div>
<div class="xh-side"><h4>⟦l 赛事报名⟧</h4><p>⟦l 2025年憬城市少儿体操锦标赛报名通道开启⟧</p></div>
<div class="xh-foot">⟦m 秘书处地址：憬城市体育中心综合楼301　电话：0798-2241157⟧<br>⟦m 赣ICP备16022801号⟧</div>
</body>
</html>
""",
        body="""
全市各体操培训机构、各会员单位：
近年来，我市少儿体操培训发展迅速，跳马、跳箱、高低杠等器材租借需求明显增加。但也有少数机构租用未经检测的旧跳马，保护垫厚度不足，给学员安全带来隐患。为此，市体操协会向全市各体操培训机构发出如下倡议：
一、租借跳马等器材时，应查验器材的检测报告和合格证明，不租用来源不明或超过使用年限的器材。
二、跳马落地区应铺设厚度不低于20厘米的保护垫，助跑道应平整防滑。
三、器材使用前由教练逐项检查，并在器材检查登记本上签字。
四、各机构之间互借器材，应签订书面协议，明确安全责任。
让我们携起手来，为孩子们营造安全放心的训练环境！
憬城市体操协会
2025年4月22日
""",
    ),
    dict(
        slug="association-xiyang-hat-chamber-minutes-sunhats",
        site="羲阳县帽业商会 (invented association site)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.xymaoye.org/shdt/huiyi/2025/0402/38.html",
        title="羲阳县帽业商会第三届理事会第五次会议纪要",
        record_title="[理事会] 羲阳县帽业商会第三届理事会第五次会议纪要（全文照录）",
        date="2025-03-28",
        date_also=["2025-04-02"],
        notes="minutes with 时间/地点/主持/出席/列席/记录 lines and a vote count; the meeting date is expected, the site's "
        "posting date also accepted",
        page="""
!m 羲阳县帽业商会　XIYANG HAT INDUSTRY CHAMBER
!m 首页 ｜ 商会简介 ｜ 商会动态 ｜ 会员企业 ｜ 行业标准
!t [理事会] 羲阳县帽业商会第三届理事会第五次会议纪要（全文照录）
!m 商会动态 · 会议纪要　2025-04-02　秘书处
{BODY}
!a 会员企业请登录后下载会议附件
!l 往期纪要：第三届理事会第四次会议纪要
!m 商会秘书处：羲阳县工业园区创业大道7号　电话：0797-5867730
""",
        body="""
时间：2025年3月28日上午9:00
地点：商会会议室
主持：会长 卜振华
出席：理事15人（应到17人）
列席：监事长 邬芸
记录：秘书处 江晚
会议研究了今年太阳帽旺季生产和质量提升有关事项，形成以下决定：
一、针对去年部分会员企业太阳帽防晒指数标注不实的问题，商会统一组织会员企业产品送检，检测费用由商会承担一半。
二、推广宽檐、可折叠、带护颈的新款太阳帽，由商会牵头与县职业中专合作开设打版培训班。
三、会员企业间不得低价倾销，出口订单报价参照商会发布的指导价。
会议表决通过上述决定，同意14票，弃权1票。
""",
    ),
    dict(
        slug="company-wanli-news-wrist-guard-launch-html",
        site="腕力护具官网 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.wanli-huju.com/news/company/20250619-88.html",
        title="腕力护具发布新一代透气加压护腕",
        record_title="腕力动态 » 腕力护具发布新一代透气加压护腕 | 腕力护具官网",
        date="2025-06-19",
        notes="company site with a cookie notice and a service float; the title repeated glued before the news lead; a dotted "
        "company date as the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>腕力动态 » 腕力护具发布新一代透气加压护腕 | 腕力护具官网</title>
<script src="/assets/site.js"></script>
</head>
<body>
<header><span>⟦m 腕力护具 WANLI⟧</span> <nav>⟦m 首页　产品中心　企业新闻　关于腕力　联系我们⟧</nav> <a href="https://shop.wanli-huju.com">⟦a 官方网店⟧</a></header>
<div class="banner">⟦m 专注运动护具二十年⟧</div>
<div class="crumb">⟦m 首页 / 企业新闻 / 公司动态⟧</div>
<article>
<h1>{T}</h1>
<div class="date">⟦m 2025.06.19　｜　品牌中心⟧</div>
<div class="text">
{BODY}
</div>
<div class="prev-next">⟦l 上一篇：腕力护具通过质量管理体系复审⟧<br>⟦l 下一篇：腕力护具赞助全省青少年举重锦标赛⟧</div>
</article>
<div class="service-float">⟦w 在线客服⟧<br>⟦w 采购热线 0797-6318802⟧</div>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示您同意我们的Cookie政策。⟧ <button>⟦a 知道了⟧</button></div>
<footer>⟦m 翩水腕力护具有限公司　地址：翩水县经济开发区纺织路22号⟧<br>⟦m © 2025 wanli-huju.com　赣ICP备15026630号-1⟧</footer>
</body>
</html>
""",
        body="""
⟦t 腕力护具发布新一代透气加压护腕⟧6月18日，翩水腕力护具有限公司在省体育用品博览会上发布了新一代透气加压护腕。
新品采用蜂窝状透气面料，重量比上一代减轻三成，内侧加入可拆卸的硅胶支撑条，可根据训练强度调整支撑力度。护腕表面印有松紧刻度线，使用者可以直观地掌握缠绕的松紧程度。
公司研发部经理伍灿介绍，新品研发历时一年，先后邀请省举重队、省体操队的32名运动员参与试用，根据反馈修改了11次设计。
据了解，该系列护腕将于7月起在全国各大体育用品商店和公司官方网店同步上市。
""",
    ),
    dict(
        slug="company-tieqing-recall-adjustable-barbell",
        site="铁擎健身官网 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.tieqing-fit.com/news/notice/2025051501.html",
        title="关于召回部分批次家用可调节杠铃的公告",
        record_title="召回公告 | 关于召回部分批次家用可调节杠铃的公告 - 铁擎健身官网",
        date="2025-05-15",
        notes="company recall with a batches table; the recall line (body) beside the site's 400 order line; date under the signature",
        page="""
!m 铁擎健身 TIEQING FITNESS
!m 首页　产品中心　服务支持　新闻公告　关于我们
!m 订购热线：400-699-7285　｜　在线商城
!t 召回公告 | 关于召回部分批次家用可调节杠铃的公告
!m 新闻公告 › 公司公告　发布：铁擎健身
{BODY}
!l 相关公告：铁擎健身售后服务网点名单（2025版）
!a 分享到微信　｜　复制链接
!m 憬城铁擎健身器材有限公司　© 2025　赣ICP备18031127号
""",
        body="""
尊敬的用户：
经我公司自查发现，部分批次家用可调节杠铃的旋转锁紧环存在注塑缺陷，长期使用后可能开裂，导致杠铃片松脱，存在砸伤风险。为保障用户安全，我公司决定自即日起召回以下批次产品：
产品型号　生产批次　生产日期　数量
TQ-AB20　B240911　2024年9月11日　1460套
TQ-AB20　B240926　2024年9月26日　1520套
TQ-AB30　B241015　2024年10月15日　980套
请持有上述批次产品的用户立即停止使用，联系我公司免费更换锁紧环或办理退货。
召回专线：0798-2203366（每日8:00—20:00）。
憬城铁擎健身器材有限公司
2025年5月15日
""",
    ),
    dict(
        slug="training-xiaofeiyan-brochure-vault-class-html",
        site="小飞燕体操培训中心 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.xiaofeiyan-gym.com/zhaosheng/2025shuqi-tiaoma.html",
        title="小飞燕体操2025年暑期跳马提高班招生简章",
        record_title="跳马提高班火热报名中丨小飞燕体操2025年暑期跳马提高班招生简章",
        date=None,
        notes="training school with a promo banner, a consult float and a 400 franchise line beside its own 报名电话; a numbered "
        "list; a brochure, no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>跳马提高班火热报名中丨小飞燕体操2025年暑期跳马提高班招生简章</title>
<script src="/js/kefu.js"></script>
</head>
<body>
<div class="promo">⟦a 暑期早鸟价！7月1日前报名立减200元⟧</div>
<header><span>⟦m 小飞燕体操⟧</span> <span>⟦m 让每个孩子都能飞起来⟧</span>
<nav>⟦m 首页　课程体系　教练团队　学员风采　招生简章　联系我们⟧</nav></header>
<main>
<h1>{T}</h1>
<p class="meta">⟦m 招生简章　｜　浏览 1702⟧</p>
<div class="zs">
{BODY}
</div>
<div class="cta">⟦a 在线报名⟧ ⟦a 预约免费体验课⟧</div>
</main>
<div class="kf-float">⟦w 课程顾问在线，点击咨询⟧</div>
<footer>⟦m 加盟热线：400-026-5517⟧<br>⟦m 璨江小飞燕体操培训中心　地址：璨江市滨江路266号⟧</footer>
</body>
</html>
""",
        body="""
为满足学员的进阶训练需求，小飞燕体操培训中心今年暑期开设跳马提高班，现面向社会招生。
一、招生对象：7至12岁，已掌握跳箱分腿腾越的学员。
二、课程安排：7月14日至8月8日，每周一、三、五下午，每次两小时，共12次课。
三、课程内容：
1. 助跑与踏跳节奏训练；
2. 推手与第二腾空技术；
3. 屈体、直体腾越进阶；
4. 落地稳定性与自我保护。
四、师资与场地：由前省体操队运动员带教，训练馆配备国际标准跳马和海绵坑。
五、收费标准：1680元/期，老学员九折。
报名电话：0790-8856127（前台冼老师）。
""",
    ),
    dict(
        slug="training-lijian-report-weightlifting-coach",
        site="憬城力健举重培训学校 (invented training school)",
        style="培训机构",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://www.lijianjuzhong.com/dongtai/jiaolian/2026/0104/61.html",
        title="举重教练员2025年度述职报告",
        date="2025-12-26",
        notes="title from the record; a trial-lesson prompt below; the school's update stamp is no date, the 述职 date is",
        page="""
!m 憬城力健举重培训学校
!m 首页 · 学校简介 · 课程设置 · 师资团队 · 校园动态
!m 当前位置：校园动态 > 教练风采
{T}
!m 发布者：教务处　更新：2026-01-04 10:20
{BODY}
!a 体验课预约：扫码添加课程顾问，免费试训一次
!l 推荐课程：青少年举重启蒙班 / 成人力量训练私教课
!m 力健举重 版权所有　校址：憬城市昊原区体育路5号
""",
        body="""
尊敬的校领导、各位同事：
2025年，我担任学校青少年举重班主教练，负责三个班共46名学员的日常训练。现将一年来的工作述职如下。
一、训练工作。全年组织训练286课次，严格执行先徒手、再木杆、后杠铃的教学顺序，新学员平均用四周时间完成杠铃技术入门。
二、竞赛成绩。带队参加全市青少年举重锦标赛，获得金牌3枚、银牌5枚，2名学员入选市体校。
三、安全管理。坚持每课前检查杠铃杆、杠铃片和卡扣，全年更换磨损卡扣40副，未发生训练伤害事故。
四、不足与打算。对女子学员的技术指导还不够细致。明年我将参加国家二级教练员培训，进一步提高业务水平。
述职人：邢朗
2025年12月26日
""",
    ),
    dict(
        slug="fanwenapp-gongwenkuaixie-speech-relay-award-html",
        site="公文快写 (invented writing app, H5 share page)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://h5.gongwenkuaixie.com/share/article?id=6620193&from=wx",
        title="副校长在第三十一届校运会接力赛颁奖仪式上的致辞",
        record_title="【致辞模板】副校长在第三十一届校运会接力赛颁奖仪式上的致辞 丨 公文快写",
        date="2025-10-31",
        notes="writing app's H5 share: open-app mask, a fold with 'expand', an AI-rewrite button; the speech title keeps the "
        "speaker's role; date under the title (neutral)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>【致辞模板】副校长在第三十一届校运会接力赛颁奖仪式上的致辞 丨 公文快写</title>
<script src="https://res.gongwenkuaixie.com/h5/share.js"></script>
</head>
<body>
<div class="open-app-mask">⟦a 打开公文快写APP，查看完整范文⟧</div>
<div class="h5-top"><span>⟦m 公文快写⟧</span> <span>⟦m 5000万人都在用的写作助手⟧</span></div>
<div class="art">
<h1>{T}</h1>
<p class="sub">（2025年10月31日）</p>
<p class="stat">⟦m 热度 9.6万　收藏 1204⟧</p>
<div class="art-text">
{BODY}
</div>
<div class="fold">⟦a 展开阅读全文∨⟧</div>
<div class="ai">⟦a 一键AI仿写⟧ ⟦a 换个风格重写⟧</div>
</div>
<div class="h5-rel"><h3>⟦l 同类致辞⟧</h3><p>⟦l 校运会开幕式校长致辞⟧</p><p>⟦l 田径运动会闭幕式讲话稿⟧</p></div>
<div class="h5-foot">⟦d 范文由公文快写用户创作，仅供学习参考⟧</div>
</body>
</html>
""",
        body="""
同学们、老师们：
刚才，激动人心的4×100米接力决赛落下帷幕。我代表学校，向获得冠军的高二（5）班、亚军的高一（3）班和季军的高三（1）班表示热烈祝贺！
接力跑是最能体现团队精神的项目。一根小小的接力棒，要经过四个人的手，任何一个人掉棒、抢跑，全队的努力就会付诸东流。今天，我看到了大家在接力区里默契的配合，也看到了掉棒后重新捡起、坚持跑完全程的队伍，这同样值得我们尊敬。
希望同学们把这种团结协作、永不放弃的精神带到学习和生活中去。
最后，祝本届校运会圆满成功！
""",
    ),
    dict(
        slug="fanwenapp-cailiaobao-summary-sunhats-oneline",
        site="材料宝 (invented writing app)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.cailiaobao.cn/doc/zongjie/771203",
        title="懿德社区2025年夏季“送清凉”活动总结",
        record_title="懿德社区2025年夏季“送清凉”活动总结（word可下载）· 材料宝",
        date="2025-08-29",
        notes="app share page with the whole body on one line; open-app and AI-rewrite prompts; 成文日期 at the end",
        page="""
!m 材料宝 · 写材料不求人
!a 打开材料宝APP，免费复制全文
!t 懿德社区2025年夏季“送清凉”活动总结（word可下载）
!m 浏览 2.1万　收藏 318
{BODY}
!a 展开剩余60%　｜　AI改写本文
!l 你可能还需要：社区防暑降温工作方案　夏季送清凉慰问讲话
!d 材料宝内容由用户创作，只供参考
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
今年入夏以来，懿德社区围绕“清凉一夏、关爱同行”主题，组织开展了夏季“送清凉”系列活动，现将有关情况总结如下。
一、发放防暑用品。社区联合辖区4家爱心企业，共向独居老人和户外劳动者发放防暑太阳帽860顶、防暑药品420份。对行动不便的老人，由网格员送帽上门38户次。
二、设立爱心驿站。在社区党群服务中心设立户外劳动者爱心驿站，提供饮用水、微波炉和充电设备，累计服务2100余人次。
三、开展健康宣传。邀请社区卫生服务站医生开展防暑知识讲座2场，发放宣传资料600余份。⟦a ✎ 一键润色这一段⟧
活动中也发现，部分太阳帽尺码偏小，明年将提前征集需求，分尺码采购。
懿德社区居民委员会
2025年8月29日
""",
    ),
    dict(
        slug="examforum-shangan-essay-relay-baton-jammer-html",
        site="上岸研习社 (invented exam forum)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="html",
        source="https://bbs.shanganyxs.com/thread-150322-1-1.html",
        title="从一根接力棒看基层工作的传承",
        record_title="〔申论作文〕从一根接力棒看基层工作的传承（请各位给个分） · 上岸研习社申论区",
        date=None,
        notes="exam forum with jammer-font junk, a reply-to-see prompt, a rating row and a QQ-group ad; an essay, no date",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>〔申论作文〕从一根接力棒看基层工作的传承（请各位给个分） · 上岸研习社申论区</title>
<style>.jam{font-size:0;color:#fff}</style>
<script src="/static/js/forum.js"></script>
</head>
<body>
<div class="top">⟦m 上岸研习社 — 公考人的自习室⟧　<a>⟦a 登录⟧</a> <a>⟦a 加入研习社⟧</a></div>
<div class="pt">⟦m 上岸研习社 › 申论区 › 习作批改⟧</div>
<div class="thread">
<h1>{T}</h1>
<div class="au">⟦m 楼主：今年必上岸　发表于 6 天前　查看 1188　回复 26⟧</div>
<div class="msg">
{BODY}
</div>
<div class="hide">⟦a 本帖另附作者自评，回复后方可查看⟧</div>
<div class="rate">⟦l 评分　参与人数 5　学分 +10⟧</div>
</div>
<div class="reply">⟦l 2# 申论小马：立意不错，第二段论证可以再具体些⟧</div>
<div class="reply">⟦l 3# 阅卷过的老张：给个28分吧⟧</div>
<div class="ad">⟦w 申论一对一批改，进群：825110364⟧</div>
<div class="side"><h4>⟦l 申论区精华⟧</h4><p>⟦l 大作文开头的五种写法⟧</p><p>⟦l 归纳概括题踩分点整理⟧</p></div>
<div class="ft">⟦m 上岸研习社 bbs.shanganyxs.com⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
运动场上，接力赛最扣人心弦的时刻，往往不在冲刺，而在交接。一根接力棒能否稳稳地从上一棒手中传到下一棒手中，决定着整支队伍的成败。基层工作同样如此。
交接要“稳”。村干部换届、驻村工作队轮换，是基层工作的接力区。前任留下的台账是否清楚、群众反映的问题是否交代，决定了后来者能否接得住。
起跑要“准”。接棒人不能原地等棒，也不能抢跑。新上任的干部既要尽快进入状态，又要尊重前任打下的基础，不搞推倒重来。
全程要“接续”。一张蓝图绘到底，关键在于每一棒都跑好自己的那一段。
只有人人跑好自己这一棒，基层治理的接力才能一棒接着一棒地跑下去。
""",
    ),
    dict(
        slug="examforum-mianshiquan-answer-vault-injury-junk",
        site="面试圈论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试作答",
        kind="other",
        form="text",
        source="http://www.mianshiquan.net/forum/t-38816.html",
        title="学生体育课跳马受伤，家长到学校讨说法，你作为班主任怎么处理？",
        record_title="〔结构化真题〕学生体育课跳马受伤，家长到学校讨说法，你作为班主任怎么处理？（附个人答题思路）- 面试圈论坛",
        date=None,
        notes="exam-forum answer with junk lines and junk glued after 。; the question is the title, decorated",
        page="""
!m 面试圈论坛 · 教师招聘面试交流
!m 首页 » 结构化面试 » 真题作答
!t 〔结构化真题〕学生体育课跳马受伤，家长到学校讨说法，你作为班主任怎么处理？（附个人答题思路）
!m 作者：桃李不言　时间：4 天前　浏览：907
{BODY}
!l 回复：考编的小周　思路清楚，借走了
!l 回复：阿遥　第三步可以补充和体育老师一起复盘
!a 下载面试圈APP，每天更新教招真题
!m 面试圈论坛 mianshiquan.net
""",
        junk=dict(lines=2, glued=2),
        body="""
这道题考的是应急应变能力，我的作答思路如下，请各位研友指正。
首先，稳定情绪。我会第一时间把家长请到办公室，倒上一杯水，向家长表示歉意和理解，告诉家长学校一定会负责到底。
其次，了解情况。我会向体育老师和在场的同学了解事发经过，查看跳马、保护垫等器材是否完好，确认保护措施是否到位。同时联系校医，了解学生的伤情和就医情况。
再次，妥善处理。如果是器材或保护不到位造成的，学校要主动承担责任，协助家长办理保险理赔；如果是学生动作失误，也要耐心向家长解释，共同做好孩子的康复工作。
最后，总结反思。建议学校对体育器材进行一次全面检查，加强体育课安全教育，避免类似事件再次发生。
""",
    ),
]
