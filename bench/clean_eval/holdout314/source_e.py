"""holdout314, part E: trade associations, company sites, training schools, writing apps, exam forums.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="assoc-xucheng-textile-pledge-sofa-cover-labels",
        site="顼城市家用纺织品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.xcjfxh.org.cn/xhdt/2025/0317/205.html",
        title="关于规范沙发套产品标签标识的倡议书",
        record_title="【行规共守】关于规范沙发套产品标签标识的倡议书-顼城市家用纺织品行业协会",
        date="2025-03-15",
        date_also=["2025-03-17"],
        notes="association site with a member-login row and a member hotline; the association's name is also its "
        "signature and stands in a body sentence (head match); 成文日期 expected, the page's date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【行规共守】关于规范沙发套产品标签标识的倡议书-顼城市家用纺织品行业协会</title>
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="top">
<div class="logo">⟦m 顼城市家用纺织品行业协会⟧</div>
<div class="login">⟦a 会员单位登录 ｜ 申请入会 ｜ 会费缴纳⟧</div>
</div>
<div class="nav">⟦m <a>协会首页</a> <a>协会概况</a> <a>行业动态</a> <a>会员名录</a> <a>标准法规</a> <a>展会信息</a>⟧</div>
<div class="wrap">
<div class="left">
<div class="crumb">⟦m 协会首页 → 行业动态 → 自律倡议⟧</div>
<h1>⟦t 【行规共守】关于规范沙发套产品标签标识的倡议书⟧</h1>
<div class="date">⟦m 2025-03-17　秘书处　阅读 318⟧</div>
<div class="article">
<p align="center"><b>{T}</b></p>
{BODY}
</div>
<div class="pn">⟦l 上一篇：2025年顼城家纺博览会招展通知⟧ ⟦l 下一篇：协会走访菠口镇布艺企业⟧</div>
</div>
<div class="right">
<h3>⟦l 会员之窗⟧</h3>
<ul><li>⟦l 歆川织悦布艺有限公司⟧</li><li>⟦l 顼城雅居家纺有限公司⟧</li></ul>
<div class="hotline">⟦m 会员服务专线：0730-6258800⟧</div>
</div>
</div>
<div class="foot">⟦m 顼城市家用纺织品行业协会　秘书处地址：顼城市忻湖区纺织路16号⟧<br>⟦m 赣ICP备17011306号⟧</div>
</body>
</html>
""",
        body="""
全市家纺行业各会员单位：
近年来，我市沙发套产业发展迅速，但部分产品标签不全、纤维含量标注不实、洗涤说明缺失，既影响消费者选购，也损害了行业声誉。为此，顼城市家用纺织品行业协会向全体会员单位发出如下倡议：
一、如实标注。每件沙发套都要缝制耐久性标签，如实标明纤维成分和含量、洗涤方法和适用尺寸。
二、诚信宣传。不夸大宣传“不起球”“永不褪色”等效果，网店详情页与实物一致。
三、主动送检。每个新款上市前至少送检一次，检测报告在店铺公示。
四、相互监督。发现违规行为，及时向协会反映，共同维护行业秩序。
让我们从一张小小的标签做起，做让消费者放心的沙发套。
顼城市家用纺织品行业协会
2025年3月15日
""",
    ),
    dict(
        slug="assoc-yongshan-hotels-minutes-shower-puffs",
        site="颙山县旅游饭店协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="report",
        form="text",
        source="http://www.ysfdxh.cn/xhdt/0411.html",
        title="颙山县旅游饭店协会第三届理事会第五次会议纪要",
        date="2025-04-09",
        date_also=["2025-04-11"],
        notes="record title as is; minutes with 时间/地点/主持/出席/记录 lines and a vote count; the 时间 line gives the "
        "date, the page's posting date also accepted",
        page="""
!m 颙山县旅游饭店协会
!m 协会首页 ▏协会动态 ▏会员风采 ▏入会指南
{T}
!m 发布：协会秘书处　　2025-04-11　　浏览 77
{BODY}
!a 会员单位登录 ▏ 申请加入协会
!m 协会地址：颙山宾馆副楼302室　电话：0737-4261580
""",
        body="""
时间：2025年4月9日下午
地点：颙山宾馆二楼会议室
主持：协会会长 卢振华
出席：理事单位代表15人
记录：协会秘书处 贺晓薇
会议讨论了《关于客房一次性用品减量的倡议（征求意见稿）》。秘书处介绍，全县星级饭店客房每年消耗一次性沐浴球约9万个，大部分客人只用一次甚至不拆封。
会议议定：
一、自6月1日起，会员饭店客房不再主动提供一次性沐浴球、浴帽等用品，客人需要的可向前台索取；
二、鼓励饭店在卫生间放置提示卡，引导客人自带洗漱用品；
三、秘书处5月底前组织一次落实情况检查。
以上事项经表决，同意14票，反对0票，弃权1票，获得通过。
""",
    ),
    dict(
        slug="company-jinglang-recall-spray-bottles",
        site="净朗日用 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.jinglang-home.com/news/notice/2025072101.html",
        title="关于召回部分批次500毫升手压式喷雾瓶的公告",
        record_title="关于召回部分批次500毫升手压式喷雾瓶的公告｜净朗公告｜净朗日用",
        date="2025-07-21",
        notes="company site with a cookie notice and a service float; recalled batches one row a paragraph (with "
        "production dates); the recall line beside the 400 order line; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于召回部分批次500毫升手压式喷雾瓶的公告｜净朗公告｜净朗日用</title>
<script src="/assets/js/app.4f2a.js" defer></script>
</head>
<body>
<header class="hd">
<div class="brand">⟦m 净朗日用⟧ ⟦m 让每一次喷洒都安心⟧</div>
<nav>⟦m <a>首页</a> <a>产品中心</a> <a>定制服务</a> <a>新闻中心</a> <a>关于净朗</a>⟧</nav>
<div class="tel">⟦m 订购热线 400-818-6620⟧</div>
</header>
<main>
<div class="crumb">⟦m 首页 ＞ 新闻中心 ＞ 公司公告⟧</div>
<h1>{T}</h1>
<p class="pub">⟦m 2025-07-21　｜　净朗日用　｜　浏览 1,208⟧</p>
<article>
{BODY}
</article>
<div class="back">⟦a ← 返回新闻列表⟧</div>
</main>
<div class="float-svc">⟦w 在线客服 9:00-18:00⟧</div>
<div class="cookie">⟦d 本站使用 Cookie 改善浏览体验，继续浏览视为您已知悉⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m © 2025 顼城净朗日用塑料制品有限公司　赣ICP备20008461号⟧</footer>
</body>
</html>
""",
        body="""
尊敬的用户：
我公司在质量回访中发现，2025年4月至5月生产的部分批次500毫升手压式喷雾瓶，因喷头密封圈尺寸偏差，倒置或用力按压时可能从瓶口渗漏，如分装刺激性液体，存在溅到手部、眼部的风险。为保障用户安全，我公司决定主动召回以下批次产品：
产品型号　生产批号　生产日期
JL-500A　A250412　2025年4月12日
JL-500A　A250426　2025年4月26日
JL-500B　B250509　2025年5月9日
用户可查看瓶底批号，属于召回范围的，请停止使用，拨打召回专线0736-5580321登记，我公司将免费更换新品并承担运费。
由此给您带来的不便，我们深表歉意。
顼城净朗日用塑料制品有限公司
2025年7月21日
""",
    ),
    dict(
        slug="company-silu-news-loofah-shower-puff",
        site="澔溪丝络生活用品 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.haoxisilu.com/news/show-118.html",
        title="澔溪丝络推出可降解丝瓜络沐浴球",
        record_title="新品发布 ◇ 澔溪丝络推出可降解丝瓜络沐浴球 - 澔溪丝络生活用品",
        record_date="2025-09-02",
        date="2025-09-02",
        notes="company news: the title repeated and glued before the lead; a dotted date line; the record gives "
        "the date",
        page="""
!m 澔溪丝络生活用品有限公司
!m 首页 / 关于我们 / 产品中心 / 新闻资讯 / 联系我们
!t 新品发布 ◇ 澔溪丝络推出可降解丝瓜络沐浴球
!m 2025.09.02　｜　企业新闻
{BODY}
!a 返回列表
!m 客服热线：0738-3561008　　地址：澔溪县韡岭镇工业园丝络路6号
!m © 澔溪丝络生活用品有限公司
""",
        body="""
⟦t 澔溪丝络推出可降解丝瓜络沐浴球⟧9月1日，澔溪丝络生活用品有限公司在韡岭镇生产基地发布新品——可降解丝瓜络沐浴球。
与常见的网纱沐浴球不同，新品以本地种植的丝瓜络为主要材料，经过脱籽、蒸煮、晾晒、压制等工序制成，外层用棉线缝合，用完后可以直接埋进花盆自然降解。
公司总经理黎春燕介绍，韡岭镇有种植丝瓜的传统，过去丝瓜络大多被当作废料烧掉。公司与周边三个村签订收购协议，每亩丝瓜络可为农户增收800元左右。
目前，新品已在公司网店和全县12家超市上架，首批5万个产品将于本月发往长三角地区。
""",
    ),
    dict(
        slug="school-xiaojiang-course-3d-squeezer",
        site="小匠创客学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.xiaojiangmaker.com/course/winter-3d-squeezer.html",
        title="少儿3D打印创意课：设计一个会“帮忙”的牙膏挤",
        record_title="【寒假创客营】少儿3D打印创意课：设计一个会“帮忙”的牙膏挤（8—12岁） - 小匠创客学堂",
        date=None,
        notes="training school page with a promo banner and a consult float; a course table; the school's 报名电话 "
        "beside a 400 franchise line; a brochure with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【寒假创客营】少儿3D打印创意课：设计一个会“帮忙”的牙膏挤（8—12岁） - 小匠创客学堂</title>
<script src="/js/banner.js"></script>
<script src="/js/consult-float.js"></script>
</head>
<body>
<div class="promo">⟦a 寒假早鸟价 立减80元 ▶ 马上抢位⟧</div>
<header>⟦m 小匠创客学堂⟧ ⟦m 让孩子动手把想法造出来⟧</header>
<nav>⟦m <a>首页</a> <a>课程体系</a> <a>寒暑假营</a> <a>学员作品</a> <a>校区分布</a>⟧</nav>
<section class="course">
<h1>⟦t 【寒假创客营】少儿3D打印创意课：设计一个会“帮忙”的牙膏挤（8—12岁）⟧</h1>
<div class="desc">
{BODY}
</div>
<div class="cta">⟦a 立即报名⟧ ⟦a 预约免费体验课⟧</div>
</section>
<aside>
<div class="works">⟦l 往期作品：会转弯的台灯｜自动喂鱼器｜盲文骰子⟧</div>
</aside>
<div class="consult">⟦w 课程顾问在线 · 点我咨询⟧</div>
<footer>⟦m 全国加盟热线 400-105-2268⟧<br>⟦m 小匠创客学堂 版权所有　赣ICP备22003419号⟧</footer>
</body>
</html>
""",
        body="""
课程介绍：家里的牙膏总是挤不干净？爷爷奶奶手没劲挤不动？这个寒假，让孩子用3D打印给家人设计一个牙膏挤吧！
适合年龄：8至12岁，零基础可报。
课程安排：
第1课　观察生活：了解牙膏挤的工作原理，画出设计草图；
第2课　三维建模：学习用建模软件画出卷轴和卡槽；
第3课　打印调试：上机打印，测试能不能把牙膏挤干净；
第4课　作品展示：改进作品并送给家人，拍一段使用视频。
上课地点：顼城市忻湖区文化宫三楼创客教室。
每班限12人，课时费480元，含全部耗材。
报名电话：0730-6231588（周一至周六9:00—18:00）。
""",
    ),
    dict(
        slug="school-feizhen-insight-sewing-sofa-covers",
        site="飞针缝纫培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.feizhenfr.com/xueyuan/fenxiang/318.html",
        title="学做沙发套的一点心得",
        record_title="【学员结课随笔】学做沙发套的一点心得｜飞针缝纫培训学校",
        date=None,
        notes="a trainee's insight on a training school's page; a trial-lesson prompt with the school's phone; "
        "'4 天前' is no date",
        page="""
!m 飞针缝纫培训学校
!m 开班信息｜学员风采｜师资力量｜联系我们
!t 【学员结课随笔】学做沙发套的一点心得
!m 学员：曾丽萍（第18期服装缝纫班）　　分享时间：4 天前
{BODY}
!l 其他学员分享：从零基础到开网店，我用了半年
!w 免费试听一节课，预约请拨 0730-6298510
!m 飞针缝纫培训学校　地址：顼城市忻湖区翌园路27号二楼
""",
        indent="\u3000\u3000",
        body="""
报名缝纫班之前，我连缝纫机都不会穿线。三个月学下来，我已经能独立给自家的布沙发做一套合身的沙发套了。
第一点体会是量准尺寸最重要。老师让我们先用软尺量沙发的长、宽、高和扶手，每个数据量两遍，再画在纸上。我第一次偷懒少量了扶手厚度，做出来的沙发套怎么也套不上。
第二点体会是要舍得拆。车线歪了、角没对齐，就拆了重来。老师说，好手艺都是拆出来的。
第三点体会是多问多练。课后我把家里的旧窗帘拿来练手，做了两个靠垫套，越做越有感觉。
现在，已经有邻居找我帮忙做沙发套了。我打算再学一期高级班，以后开个小小的裁缝铺。
""",
    ),
    dict(
        slug="app-luobi-insight-caregiver-squeezers",
        site="落笔写作App (invented writing app, H5 share page)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://h5.luobixiezuo.com/share/fw/9d31c7?from=wx",
        title="参加养老护理员生活辅具使用培训心得体会",
        record_title="参加养老护理员生活辅具使用培训心得体会（护理岗）· 落笔写作App",
        date=None,
        notes="writing app H5 share: open-app mask, a fold line between paragraphs, an AI-rewrite button glued after "
        "a 。; an insight with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>参加养老护理员生活辅具使用培训心得体会（护理岗）· 落笔写作App</title>
<script src="https://h5.luobixiezuo.com/static/js/openapp.js"></script>
</head>
<body>
<div class="app-bar">⟦m 落笔写作⟧ ⟦a 用App打开⟧</div>
<div class="doc">
<h1>⟦t 参加养老护理员生活辅具使用培训心得体会（护理岗）⟧</h1>
<div class="tags">⟦m 心得体会 · 养老护理 · 1126字 · 收藏 2.3k⟧</div>
<div class="txt">
{BODY}
</div>
</div>
<div class="mask">⟦a 在落笔App内阅读全文，还能一键换成你的单位名称⟧</div>
<div class="rec">⟦l 大家还在用：护理员年度个人总结｜敬老院护理工作心得⟧</div>
<script>openApp.bind('.app-bar a');</script>
</body>
</html>
""",
        body="""
上周，我参加了县民政局组织的养老护理员生活辅具使用培训，三天的课程让我对“护理”两个字有了新的认识。
以前我总觉得，老人手脚不便，护理员把事情替他做了就是尽责。培训老师却说，好的护理是帮助老人“自己能做”。⟦a ✦ 用AI把这段改成我的⟧
课上，老师拿来牙膏挤、加粗勺子、穿袜器，让我们蒙上一只手体验，我才知道单手挤牙膏有多难，有了牙膏挤又有多方便。
⟦a 余下68%已折叠，轻触展开⟧
回到院里，我给自己负责的6位老人都装上了牙膏挤。82岁的秦爷爷第一次自己挤好牙膏时，笑着说：“我还不算没用。”那一刻我很受触动。
今后，我要多学辅具知识，少一点包办，多一点陪伴，让老人活得更有尊严。
""",
    ),
    dict(
        slug="app-gongwenkuaixie-report-housekeeping-oneline",
        site="公文快写App (invented, share page as text)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://share.gwkx.cn/d/7QmK2f",
        title="客房部经理2024年度述职报告",
        record_title="客房部经理2024年度述职报告（宾馆版）- 公文快写App",
        date="2025-01-06",
        notes="app share as text with the whole body on one line; 成文日期 in Chinese numerals at the end; "
        "a year in the title only",
        page="""
!m 公文快写App · 分享页
!t 客房部经理2024年度述职报告（宾馆版）
!m 来自 公文快写 用户「静水流深」的分享
{BODY}
!a 复制全文需开通会员 ▸ 去开通
!a 在App内打开，可一键生成同类述职
!l 相似范文：餐饮部经理述职报告｜前厅部主管年终总结
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各位领导、同事们：
2024年，我担任颙山宾馆客房部经理，带领48名员工完成了全年客房服务工作。现将履职情况报告如下。
一是服务质量稳步提升。全年客房出租率达到71.3%，宾客满意度97.6%，没有发生一起有效投诉。
二是一次性用品减量取得实效。按照县旅游饭店协会的倡议，客房不再主动摆放沐浴球、浴帽等用品，改为按需提供，全年节约采购成本4.2万元。
三是员工培训持续加强。组织铺床、清洁技能比武4次，3名员工获得县级技能能手称号。
不足之处是夜班人员偏紧，部分客人对按需提供用品还不够理解。新的一年，我将继续改进。
述职人：骆文静
二〇二五年一月六日
""",
    ),
    dict(
        slug="examforum-shangan-essay-roll-holder",
        site="上岸驿站论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.com/thread-66120-1-1.html",
        title="小小卷纸架里的城市温度",
        record_title="【申论习作·大作文】小小卷纸架里的城市温度（第一次投稿，欢迎指正） - 申论写作 - 上岸驿站论坛",
        date=None,
        notes="exam forum with a reply-to-see prompt, a rating row and a signature; an essay with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【申论习作·大作文】小小卷纸架里的城市温度（第一次投稿，欢迎指正） - 申论写作 - 上岸驿站论坛</title>
<script src="static/js/forum.js"></script>
</head>
<body>
<div id="hd">⟦m 上岸驿站论坛⟧ ⟦m 省考 · 国考 · 事业单位备考交流⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 上岸驿站 › 笔试交流 › 申论写作⟧</div>
<h1 id="thread_subject">⟦t 【申论习作·大作文】小小卷纸架里的城市温度（第一次投稿，欢迎指正）⟧</h1>
<div class="pi">⟦m 楼主：晨读不迟到　发表于 6 天前　阅读 744　回复 31⟧</div>
<div class="t_f">
<p style="text-align:center">{T}</p>
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的批改意见需回复后才能查看⟧</div>
<div class="rate">⟦a 评分 ｜ 参与 7 人 ｜ 学分 +35⟧</div>
<div class="sign">⟦m 每天一篇，上岸见⟧</div>
<div class="pl">⟦l 2楼 申论阿姐：开头可以再点题，三个“解决”的排比不错⟧</div>
<div id="f_pst">⟦a 登录后参与回复⟧</div>
<div id="ft">⟦m 上岸驿站论坛 ｜ 粤ICP备21052037号⟧</div>
</body>
</html>
""",
        body="""
一座城市的文明程度，往往藏在细节里。公厕里的一个卷纸架，就是这样的细节。
有的城市公厕长期无纸，群众只能自带；有的城市放了纸，却被整卷拿走，管理者无奈撤掉。小小卷纸架，折射的是公共服务和公民素养之间的拉锯。
解决这个问题，政府要“舍得放”。把厕纸当作基本公共服务，用防盗卷纸架、单节出纸等办法降低浪费，而不是因噎废食。
解决这个问题，也需要市民“自觉取”。按需取用、爱护设施，让善意得以延续，这本身就是文明的体现。
解决这个问题，还要社会“共同管”。志愿者劝导、媒体监督、社区宣传，形成人人参与的治理格局。
从一个卷纸架做起，城市才会更有温度。
""",
    ),
    dict(
        slug="examforum-gkyz-interview-unlabelled-spray-bottle-junk",
        site="公考驿站论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.gkyz.net/forum/t-20931.html",
        title="同事把消毒液装进没贴标签的喷雾瓶，你怎么处理？",
        record_title="[面试真题·应急应变] 同事把消毒液装进没贴标签的喷雾瓶，你怎么处理？（附破题思路） - 结构化面试 - 公考驿站",
        date=None,
        notes="exam-forum interview answer with junk lines and junk glued after 。; a QQ-group style WeChat ad; "
        "'5 天前' is no date",
        page="""
!m 公考驿站论坛
!m 首页 › 面试交流 › 结构化面试
!t [面试真题·应急应变] 同事把消毒液装进没贴标签的喷雾瓶，你怎么处理？（附破题思路）
!m 楼主：上岸吧少年　　发表于 5 天前　　阅读 1337
{BODY}
!l 回复：思路清晰，收藏了
!a 回帖后可下载本题完整解析PDF
!w 面试一对一辅导加微信 gkyz_2025
!m 公考驿站 © 2025
""",
        junk=dict(lines=1, glued=3),
        body="""
这道题考查的是应急应变和人际沟通能力，我的回答是：
首先，立即消除隐患。我会先把这个没贴标签的喷雾瓶收好，放到药剂柜里，防止其他同事当成清水或者清洁剂误用。
其次，友善提醒同事。私下和同事沟通，说明混装、无标识的危险，一起把瓶子清洗干净，重新分装并贴好标签，注明药剂名称和配制日期。
再次，向领导报告。建议单位统一采购带标签区的喷雾瓶，把分装要求写进保洁制度，并组织一次简短的培训。
最后，举一反三。我会检查自己工作区域的喷雾瓶，今后也主动提醒身边同事，把安全细节落到实处。
""",
    ),
]
