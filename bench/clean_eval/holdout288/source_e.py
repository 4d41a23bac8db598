"""holdout288, part E: trade associations, company sites, training schools, writing apps,
civil-service-exam forums.

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="association-danzhou-towel-pledge-labels-head",
        site="簹州市毛巾行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.dzmjxh.example-org.cn/xhdt/2024/0822/316.html",
        title="关于规范枕巾产品标识的倡议书",
        record_title="〖行业自查〗关于规范枕巾产品标识的倡议书 - 协会公告 - 簹州市毛巾行业协会",
        date="2024-08-20",
        date_also=["2024-08-22"],
        notes="association site: member-login row and member hotline; the association's name in the "
        "header is also the signature (matched as head); 成文日期 vs the posting date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖行业自查〗关于规范枕巾产品标识的倡议书 - 协会公告 - 簹州市毛巾行业协会</title>
<link rel="stylesheet" href="/skin/xh/style.css">
</head><body>
<div class="login">⟦a 会员单位登录⟧ ⟦a 入会申请⟧</div>
<div class="header"><span class="name">⟦m 簹州市毛巾行业协会⟧</span><span class="en">⟦m DANZHOU TOWEL INDUSTRY ASSOCIATION⟧</span></div>
<div class="nav">⟦m 首页　协会概况　协会公告　行业资讯　会员风采　标准规范⟧</div>
<div class="path">⟦m 当前位置：首页 &gt; 协会公告⟧</div>
<div class="article"><h1>{T}</h1>
<div class="info">⟦m 发布日期：2024-08-22　作者：协会秘书处　浏览：528⟧</div>
<div class="text">
{BODY}
</div>
<div class="pn">⟦l 上一篇：协会组织会员企业赴高阳考察毛巾产业⟧</div></div>
<div class="foot">⟦m 会员服务热线：0731-5217709⟧<br>⟦m 地址：簹州市纺织路26号纺织大厦6楼　湘ICP备16019042号⟧</div>
</body></html>
""",
        body="""
各会员企业：
近期，市场监管部门在抽查中发现，部分枕巾产品存在纤维含量标注不实、缺少洗涤说明等问题。为维护行业声誉，保护消费者权益，协会向全体会员企业发出如下倡议：
一、如实标注。枕巾吊牌和耐久性标签须如实标明纤维成分及含量，纯棉产品不得掺用涤纶而仍标“100%棉”。
二、标识齐全。产品须标明执行标准、安全类别、洗涤方法和生产企业名称地址，婴幼儿用枕巾须标注“婴幼儿用品”。
三、自查自纠。请各会员企业于9月底前对在售枕巾产品标识进行一次全面自查，发现问题立即整改。
四、相互监督。欢迎会员企业相互监督，发现不规范行为可向协会秘书处反映。
簹州市毛巾行业协会
2024年8月20日
""",
    ),
    dict(
        slug="association-bamboo-council-minutes-vote",
        site="澬阳县竹木制品行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.zyzmxh.example-org.cn/hyjy/2024/0325/77.html",
        title="澬阳县竹木制品行业协会第三届理事会第四次会议纪要",
        date="2024-03-22",
        date_also=["2024-03-25"],
        notes="association page as text: the record's title as is; the 时间/地点/主持/出席/列席/记录 lines "
        "and a vote count stay; the meeting date vs the posting date",
        page="""
!m 澬阳县竹木制品行业协会
!m 协会首页　｜　协会动态　｜　会员名录　｜　团体标准　｜　入会指南
{T}
!m 发布时间：2024-03-25　　来源：协会秘书处
{BODY}
!a 【我要入会】　【下载入会申请表】
!l 往期纪要：第三届理事会第三次会议纪要　｜　2023年会员大会纪要
!m 协会秘书处电话：0736-5130281　　邮箱：zmxh_ms@example-org.cn
""",
        body="""
时间：2024年3月22日上午9:00
地点：协会会议室
主持：会长 甄竹生
出席：理事十七人（应到十九人）
列席：监事长 卜晴
记录：秘书处 温可
会议审议并通过以下事项：
一、审议通过《2023年度协会工作报告》。
二、审议通过《竹尺产品团体标准（征求意见稿）》，同意面向会员企业公开征求意见，期限一个月。表决结果：同意十六票，反对零票，弃权一票。
三、会议决定于5月20日世界计量日当天，在峂岭县举办“竹尺计量开放日”活动，由副会长单位峂岭县竹韵文具厂承办。
""",
    ),
    dict(
        slug="company-qiaofeng-new-wrist-pincushion-record-date",
        site="巧缝家居用品 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qiaofeng-home.example-co.cn/news/2024/0912.html",
        title="腕带磁吸针插正式上市",
        record_title="新品速览｜腕带磁吸针插正式上市 - 巧缝家居用品",
        record_date="2024-09-12",
        date="2024-09-12",
        notes="company site: cookie notice, service float; the title repeated before the first words; "
        "a dotted company date; record date",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>新品速览｜腕带磁吸针插正式上市 - 巧缝家居用品</title>
<link rel="stylesheet" href="/assets/site.min.css">
<script async src="/assets/analytics.js"></script>
</head><body>
<header><a class="logo">⟦m 巧缝 QIAOFENG⟧</a>
<nav>⟦m 首页　产品中心　新闻动态　品牌故事　门店查询　联系我们⟧</nav></header>
<section class="news-detail">
<p class="crumb">⟦m 首页 / 新闻动态 / 新品发布⟧</p>
<h1>{T}</h1>
<p class="date">⟦m 2024.09.12　｜　品牌中心⟧</p>
<div class="news-body">
{BODY}
</div>
<p class="back">⟦l ← 返回新闻列表⟧</p>
</section>
<aside class="kefu">⟦w 在线客服 · 工作日9:00-18:00⟧</aside>
<div class="cookie">⟦d 本站使用Cookie以改善浏览体验，继续浏览即表示同意。⟧<button>⟦a 我知道了⟧</button></div>
<footer>⟦m 巧缝家居用品（堉城）有限公司　订购热线：400-116-8830⟧<br>⟦m 湘ICP备22006718号-1⟧</footer>
</body></html>
""",
        body="""
⟦t 腕带磁吸针插正式上市⟧9月12日，公司推出新品腕带磁吸针插。产品由硅胶腕带和圆形磁吸底座组成，戴在手腕上，缝纫时随手一吸就能放针，不用再低头找针插。
研发团队在走访中发现，不少裁缝和手作爱好者习惯把针别在衣服上或者含在嘴里，存在扎伤和误吞的风险。新品的磁吸底座可吸附手缝针、大头针二十枚以上，轻轻一甩也不会掉落。
腕带采用食品级硅胶，长度可调节，适合不同手腕粗细的使用者。产品已在公司官方商城和线下门店同步销售。
""",
    ),
    dict(
        slug="company-zhimeng-recall-kids-pillow-towels-batches",
        site="篔溪织梦纺织 (invented company site)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.zhimeng-fz.example-co.cn/gonggao/2024-07-15.html",
        title="关于召回部分批次儿童卡通枕巾的公告",
        record_title="召回公告 · 关于召回部分批次儿童卡通枕巾的公告 - 篔溪织梦纺织",
        date="2024-07-15",
        notes="company site as text: a recall with its batch table; the recall line in the body beside "
        "a 400 order line; 成文日期",
        page="""
!m 织梦纺织　ZHIMENG TEXTILE
!m 首页 | 产品系列 | 企业公告 | 招商加盟 | 联系我们
!t 召回公告 · 关于召回部分批次儿童卡通枕巾的公告
!m 发布部门：品质管理部　　2024-07-15
{T}
{BODY}
!m 全国订购热线：400-097-1126　　天猫旗舰店：织梦家纺旗舰店
!m 篔溪织梦纺织品有限公司　版权所有　湘ICP备19022150号
""",
        body="""
尊敬的消费者：
我公司在自检中发现，2024年5月生产的部分批次儿童卡通枕巾，印花色牢度不达标，长期使用可能出现掉色，对儿童皮肤造成刺激。为保障消费者权益，我公司决定主动召回以下批次产品：
产品名称　规格　批号
儿童卡通枕巾（小熊款）　50×75厘米　ZM240512
儿童卡通枕巾（星星款）　50×75厘米　ZM240518
儿童卡通枕巾（云朵款）　40×60厘米　ZM240523
请已购买上述产品的消费者停止使用，凭吊牌或购物凭证到原购买门店办理退货，也可拨打召回专线0746-3392108登记，由我公司上门取回并全额退款。
给您带来的不便，我们深表歉意。
篔溪织梦纺织品有限公司
2024年7月15日
""",
    ),
    dict(
        slug="training-qiaoshou-sewing-class-brochure-table",
        site="巧手布艺学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaoshou-buyi.example-edu.cn/course/shoufeng-weekend.html",
        title="零基础布艺手缝班招生简章",
        record_title="【周末手缝班】零基础布艺手缝班招生简章（开课即送工具包）｜巧手布艺学堂",
        date=None,
        notes="training school: promo banner, consult float; a course table one row a paragraph; "
        "a brochure with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【周末手缝班】零基础布艺手缝班招生简章（开课即送工具包）｜巧手布艺学堂</title>
<link rel="stylesheet" href="/css/school.css">
</head><body>
<div class="promo">⟦a 秋季报名季：两人同行立减120元，名额有限⟧</div>
<div class="hd">⟦m 巧手布艺学堂⟧ <span>⟦m 让每双手都会缝⟧</span></div>
<div class="nav">⟦m 首页　课程体系　师资团队　学员作品　报名咨询⟧</div>
<div class="pos">⟦m 首页 › 课程体系 › 手缝系列⟧</div>
<div class="course"><h1>{T}</h1>
<div class="course-body">
{BODY}
</div>
<div class="btns"><a>⟦a 立即预约试听⟧</a> <a>⟦a 在线报名⟧</a></div></div>
<div class="float">⟦w 课程顾问微信：qsby_xiaolin（备注“手缝班”）⟧</div>
<div class="foot">⟦m 巧手布艺学堂　全国加盟热线：400-662-0915⟧<br>⟦m 湘ICP备23003318号⟧</div>
</body></html>
""",
        body="""
零基础也能学会手缝！本期布艺手缝班共八节课，每周六下午上课，从最简单的针插做起，一步一步带你完成一只手缝布包。
课程安排
课次　内容　作品
第1课　认识针线、平针缝　番茄针插
第2课　回针缝、藏针缝　零钱包
第3—4课　贴布绣　杯垫
第5—8课　综合练习　手缝布包
开课第一课，每位学员都会亲手缝一只番茄针插，此后每节课的针都插在自己做的针插上，既方便又不容易丢针。
学费每期680元，含全部布料和一套工具包；满六人开班，每班不超过十二人。
上课地点：堉城市氿湖区文化宫三楼。
""",
    ),
    dict(
        slug="training-tailor-trainee-insight-bamboo-ruler-oneline",
        site="簹州金剪刀服装裁剪学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.jinjiandao-px.example-edu.cn/xueyuan/xinsheng/219.html",
        title="从一把竹尺开始学裁剪",
        record_title="学员心声 ▸ 从一把竹尺开始学裁剪｜金剪刀服装裁剪学校",
        date=None,
        notes="training school as text: the whole body on one line; a trial-class prompt and a 400 line; "
        "a trainee's insight with no date",
        page="""
!m 金剪刀服装裁剪学校　　二十年只教裁剪
!m 首页 > 学员风采 > 学员心声
!t 学员心声 ▸ 从一把竹尺开始学裁剪
!m 作者：第37期学员 尹秀禾　　浏览 1,342
{BODY}
!a 免费试听一节打版课，扫码预约
!m 招生热线：400-826-3307　　校址：簹州市解放西路142号
!d 学员文章经本人同意发布，转载请注明出处。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
来学校学服装裁剪的第一天，老师没有让我们碰剪刀，而是每人发了一把一米长的竹尺。
老师说，量不准，后面一切都白搭。第一周，我们每天练的就是用竹尺量布、画线。竹尺要贴紧布面，眼睛要正对刻度，画线时划粉要靠着尺边一次拉到底，不能来回描。
我一开始总觉得竹尺太轻，一用力就滑。老师教我用左手掌压住尺的中间，右手画线，这样尺子就稳了。
一个月下来，我画的线终于又直又准。现在我明白了，学手艺没有捷径，就像这把竹尺，一寸一寸量过去，才能量出一件合身的衣服。
""",
    ),
    dict(
        slug="app-bigeng-report-village-librarian-racks",
        site="笔耕APP (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bigeng-app.example-app.cn/share/article?aid=7730196&from=wx",
        title="村农家书屋管理员个人述职报告",
        record_title="村农家书屋管理员个人述职报告（范文·可套用）｜笔耕APP",
        date="2024-03-15",
        notes="writing app H5 share: open-app mask, a fold ('expand the rest'), an AI-rewrite button glued "
        "after a sentence; 述职人 and date under the report",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>村农家书屋管理员个人述职报告（范文·可套用）｜笔耕APP</title>
<link rel="stylesheet" href="https://h5.bigeng-app.example-app.cn/css/share.css">
</head><body>
<div class="app-bar">⟦m 笔耕 · 公文写作好帮手⟧ <a class="open">⟦a 去笔耕里看⟧</a></div>
<div class="art"><h1>{T}</h1>
<div class="meta">⟦m 笔耕范文库　已有 3.7万 人用过这篇⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="fold">⟦a 展开剩余42%⟧</div>
<div class="tools">⟦a 一键换成我的村名　导出Word　生成PPT⟧</div></div>
<div class="rec"><h4>⟦l 写述职的人还在看⟧</h4><p>⟦l 村文化专干年度述职报告⟧</p><p>⟦l 农家书屋管理员工作总结⟧</p></div>
<div class="mask">⟦a 在笔耕APP内查看完整范文，还能AI续写⟧</div>
</body></html>
""",
        body="""
各位领导、各位村民代表：
我是朳塘村农家书屋管理员龚小满，2023年3月接手书屋管理工作。现将一年来的工作情况报告如下。
一、管好报刊架。书屋原有的两组报刊架摆在角落，我把它们挪到进门处，按党报、农业科技、生活健康三类分区摆放，每天上午十点前把当天的报纸上架。⟦a ✦AI帮我改写这一段⟧
二、办好读书活动。全年组织“晒谷场读报会”十二场，冬闲时请镇农技站的同志来讲种植技术，参加村民三百多人次。
三、守好借阅台账。全年借出图书四百一十册、期刊二百六十册，全部登记在册，按时收回率百分之九十六。
不足之处是书屋开放时间还不够灵活，农忙时节村民白天没空来。下一步，我打算把报刊架搬一组到村部广场，晚上也能让大家翻一翻。
述职人：龚小满
2024年3月15日
""",
    ),
    dict(
        slug="app-wenxiaoer-summary-housekeeping-linen",
        site="文小二写作 (invented writing app)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.wenxiaoer.example-app.cn/s/Qx82mT",
        title="客房部2024年上半年布草管理工作总结",
        record_title="客房部2024年上半年布草管理工作总结（酒店通用）· 文小二写作",
        date="2024-07-10",
        notes="writing app share as text: an open-app line, a paywall line between paragraphs, a share "
        "stamp (no date); 成文日期 under the signature",
        page="""
!a 用文小二APP打开，体验更流畅
!t 客房部2024年上半年布草管理工作总结（酒店通用）
!m 文小二精选　　3.1万人阅读　　分享于 2024-08-19
{T}
{BODY}
!a 复制全文　　下载为Word　　换个说法
!l 同主题范文：酒店客房部年度工作总结　｜　布草房管理制度
!m 文小二写作 · 让每个人都能写好材料
""",
        body="""
今年上半年，客房部围绕“布草干净、损耗降低”的目标，重点抓了枕巾等小件布草的管理，现将工作总结如下。
一、建立台账。对全店三百二十间客房的枕巾实行编号管理，每条枕巾缝有洗涤次数标签，洗满一百五十次即报废。
⟦a 开通文小二会员，解锁全部3000篇酒店范文⟧
二、减少损耗。上半年枕巾损耗率由去年同期的百分之六点二降至百分之三点八，节约采购费用一万一千余元。
三、提升品质。更换了部分发硬、起球的旧枕巾，客人在点评平台上关于“床品不洁”的差评由十一条减少到两条。
四、存在问题。枕巾与洗涤中心交接时偶有数量不符，需要进一步规范交接签字流程。
下半年，客房部将继续完善布草管理制度，力争全年枕巾损耗率控制在百分之三以内。
棶水宾馆客房部
2024年7月10日
""",
    ),
    dict(
        slug="examforum-shangan-interview-bamboo-ruler-jammer",
        site="上岸研习社 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shangan-yxs.com/thread-90211-1-1.html",
        title="谈谈你对“一把竹尺”的理解",
        record_title="[结构化·现象题] 谈谈你对“一把竹尺”的理解（求点评） - 面试交流 - 上岸研习社",
        date=None,
        notes="exam forum: jammer fonts inside the post, a reply-to-see prompt, a rating row, a QQ-group "
        "ad; an interview answer with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[结构化·现象题] 谈谈你对“一把竹尺”的理解（求点评） - 面试交流 - 上岸研习社</title>
<style>font.jammer{font-size:0px;color:#fdfdfd}</style>
</head><body>
<div id="hd">⟦m 上岸研习社 · 公考人的互助小屋⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 上岸研习社 › 面试专区 › 面试交流⟧</div>
<div class="qqgroup">⟦w 2025省考面试互助群：836201157，进群领真题⟧</div>
<div class="post">
<div class="author">⟦m 一次上岸的小竹　发表于 4 天前⟧</div>
<h1>⟦t [结构化·现象题] 谈谈你对“一把竹尺”的理解（求点评）⟧</h1>
<div class="t_f">
{BODY}
</div>
<div class="hide">⟦a 本帖隐藏的参考答案需回复后可见⟧</div>
<div class="rate">⟦l 评分　参与人数 3　上岸值 +9⟧</div>
</div>
<div class="reply"><p>⟦l 沙发 考公的阿岚：第三点可以再展开，点出“量完要回音”很好⟧</p></div>
<div id="ft">⟦m 上岸研习社　Powered by Discuz!　苏ICP备20033178号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=3),
        body="""
题目：某乡镇干部下村时总随身带一把竹尺，群众反映的路面破损、沟渠宽窄，他都当场量一量、记下来。对此，你怎么看？
我的作答：
这位干部随身带竹尺的做法，我很认同。
第一，一把竹尺量出的是实事求是。群众反映问题，干部当场量、当场记，数据准确，后续处理就有依据，避免了“大概”“差不多”。
第二，一把竹尺量出的是群众感情。群众看到干部蹲下来认真量，就知道自己的事被放在了心上。
第三，一把竹尺也提醒我们，工作不能停在“量”上，量完要有回音，事情要有着落。
如果我走上工作岗位，也会学习这种方法，把群众的小事当作大事来办。
""",
    ),
    dict(
        slug="examforum-gongkao-essay-news-racks-junk",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="http://bbs.gongkaoyz.com/thread-44170-1-1.html",
        title="方寸报刊架 承载文化温度",
        record_title="〔申论仿写〕方寸报刊架 承载文化温度（第一次发帖，请轻拍） - 申论批改区 - 公考驿站论坛",
        date=None,
        notes="exam forum as text: junk lines and junk glued after 。; a hidden-reply prompt; an essay "
        "with no date",
        page="""
!m 公考驿站论坛 › 申论专区 › 申论批改区
!t 〔申论仿写〕方寸报刊架 承载文化温度（第一次发帖，请轻拍）
!m 楼主 岸上见　　发表于 5 天前　　查看：1530　　回复：27
{BODY}
!a 回复本帖可查看楼主整理的“公共文化”素材包
!l 2楼 批改老师阿杰：结构清楚，第二段论据再具体一点会更好，给58分
!l 3楼 岸上见：谢谢老师！
!m 公考驿站论坛　陕ICP备18006627号
""",
        junk=dict(lines=2, glued=3),
        body="""
走进乡村，总能在村部门口看到一组报刊架。它不起眼，却承载着乡村的文化温度。
报刊架是信息的窗口。在一些偏远村庄，老人不会用智能手机，村部报刊架上的报纸，就是他们了解政策、知晓天下事的主要渠道。
报刊架是交流的平台。农闲时节，村民围在报刊架前读报、议事，一份报纸能引出一场关于种植、关于村务的热烈讨论。
当然，也有一些报刊架成了摆设：报纸过期不换，架子落满灰尘。这提醒我们，公共文化设施重在管好用好，而不是一装了之。
方寸之间见民生。让每一组报刊架都常换常新，才能让文化的温度真正抵达群众身边。
""",
    ),
]
