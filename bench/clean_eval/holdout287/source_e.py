"""holdout287, part E: trade associations, company sites, training schools, writing apps and
exam forums. Invented text (sites, places, people, numbers, URLs); see ../README.md and
../build.py."""

CASES = [
    dict(
        slug="association-jingyang-hairpiece-hairnet-pledge-cn-date",
        site="觐阳市发制品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.jyfzpxh-example.org.cn/xhdt/2025/0409/51.html",
        title="关于发网产品如实标注材质的倡议书",
        record_title="会员必读｜关于发网产品如实标注材质的倡议书 - 觐阳市发制品行业协会",
        date="2025-04-08",
        notes="association site: member-login row; the association's name is also the signature (matched as head); 成文日期 in Chinese numerals; 分享到企业工作群 as content; a join prompt under the text",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>会员必读｜关于发网产品如实标注材质的倡议书 - 觐阳市发制品行业协会</title>
<script src="/js/member-login.js"></script>
</head><body>
<div class="top">⟦m 觐阳市发制品行业协会⟧ <span>⟦a 会员登录⟧</span> <span>⟦a 申请入会⟧</span></div>
<div class="nav">⟦m 协会首页⟧ ⟦m 协会动态⟧ ⟦m 行业自律⟧ ⟦m 会员名录⟧ ⟦m 联系协会⟧</div>
<div class="loc">⟦m 协会首页 › 行业自律⟧</div>
<div class="art"><h2>{T}</h2>
<p class="info">⟦m 发布：协会秘书处　点击：148⟧</p>
<div class="body">
{BODY}
</div></div>
<div class="join">⟦a 还不是会员？填写入会申请表，享受行业培训与检测优惠⟧</div>
<div class="foot">⟦m 协会秘书处电话：0795-8253016　地址：觐阳市胥湖区纺织路7号⟧<br>⟦m ©觐阳市发制品行业协会⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
全市发制品生产经营企业：
发网虽小，却关系着消费者的使用体验和行业的信誉。近来，协会收到多起投诉，反映部分发网产品标注“真丝”“纯棉”，实际却是普通尼龙。为维护行业形象，协会向全体会员企业发出如下倡议：
一、如实标注材质。发网产品的吊牌和包装须如实标明材质成分，不夸大、不混淆。
二、严把出厂检验。每批发网出厂前须抽检网眼密度、弹力和色牢度，不合格的一律不得出厂。
三、主动接受监督。在产品包装上公布售后电话，及时处理消费者反映的问题。
欢迎各会员单位将本倡议分享到企业工作群，共同营造诚信经营的行业氛围。
觐阳市发制品行业协会
二〇二五年四月八日
""",
    ),
    dict(
        slug="association-qinchuan-wood-pastryboard-minutes-vote",
        site="覃川县木制品行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.qcmzp-example.org/xhdt/2025/0526/20.html",
        title="覃川县木制品行业协会理事会会议纪要",
        date="2025-05-22",
        date_also=["2025-05-26"],
        notes="record title as is; the minutes' 时间/地点/主持/出席/记录 lines, the date from the 时间 line; a vote count; the association's posting date differs (also accepted); member-login row",
        page="""
!m 覃川县木制品行业协会
!m 协会首页 | 协会简介 | 行业标准 | 会员风采 | 联系我们
!a 会员入口　|　我要入会
{T}
!m 来源：秘书处　　发布：2025-05-26　　点击：77
{BODY}
!a 【下载纪要全文】【返回列表】
!m 协会地址：覃川县建设路63号　电话：0793-6258810
!m Copyright © 覃川县木制品行业协会
""",
        indent="\u3000\u3000",
        body="""
时间：2025年5月22日上午9时
地点：协会会议室
主持：会长 钱德茂
出席：理事单位代表11人
记录：秘书处 卞晴
会议审议《实木擀面板团体标准（征求意见稿）》，形成纪要如下。
一、会议同意标准稿将擀面板含水率上限定为12%，表面不得使用含苯类溶剂的涂料。
二、会议认为拼接擀面板应标注“拼接”字样，由秘书处修改后再次征求会员意见。
三、会议表决通过了上述意见，应到理事11人，实到11人，同意10票，弃权1票。
四、标准定稿后报县市场监管局备案，计划8月1日起实施。
""",
    ),
    dict(
        slug="company-jinlian-jewelbox-recall-batches",
        site="锦奁饰品 (invented company site)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.jinlian-shipin-example.com/news/notice/2025-06-09-recall.html",
        title="关于召回部分批次儿童卡通首饰盒的公告",
        record_title="关于召回部分批次儿童卡通首饰盒的公告 ‹ 公司公告 ‹ 锦奁饰品官网",
        date="2025-06-09",
        notes="company site: cookie notice, service float, a 400 order line beside the recall line (in the body); a batches table whose production dates are not the date; the signature date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于召回部分批次儿童卡通首饰盒的公告 ‹ 公司公告 ‹ 锦奁饰品官网</title>
<script src="/js/site.js"></script>
</head><body>
<div class="cookie">⟦d 锦奁官网会记录必要的浏览信息以改进服务，继续浏览视为您已知悉⟧ <button>⟦a 知道了⟧</button></div>
<header>⟦m 锦奁饰品⟧ <nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 品牌故事⟧ ⟦m 公司公告⟧ ⟦m 联系我们⟧</nav></header>
<div class="bread">⟦m 首页 › 公司公告⟧</div>
<article><h1>{T}</h1>
<div class="meta">⟦m 锦奁饰品　发布于 2025-06-09⟧</div>
{BODY}
</article>
<div class="service-float">⟦w 在线客服　周一至周日 9:00-21:00⟧</div>
<footer>⟦m 订购热线：400-870-3326⟧ ⟦m 锦奁饰品（葩溪）有限公司 版权所有　桂ICP备20013572号⟧</footer>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
尊敬的消费者：
我公司在例行抽检中发现，部分批次儿童卡通首饰盒的镜片粘接不牢，存在脱落划伤儿童的风险。为保障消费者安全，我公司决定主动召回以下批次产品。
批次号　生产日期　数量（只）
JL240811　2024年8月11日　3200
JL240906　2024年9月6日　2850
JL241015　2024年10月15日　4100
消费者可凭首饰盒底部的批次标签，到原购买门店或通过召回专线办理免费更换或全额退款。
召回专线：0797-3328865（每日8:30—20:00）。
给您带来不便，我们深表歉意。
锦奁饰品（葩溪）有限公司
2025年6月9日
""",
    ),
    dict(
        slug="company-hengliang-oilladle-news-oneline",
        site="衡量五金制品有限公司 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.hengliang-wj-example.com/news/2025/0402/17.html",
        title="304不锈钢计量油提上市",
        record_title="新品上架 ▸ 304不锈钢计量油提上市 · 衡量五金",
        date="2025-04-02",
        notes="company news as text, the body on one line; a dotted date line is the page's date; prev/next and a sales line under the text",
        page="""
!m 衡量五金制品有限公司 · 官网
!m 首页 / 公司新闻 / 正文
{T}
!m 2025.04.02　　市场部　　阅读 406
{BODY}
!l 上一条：公司通过ISO9001质量管理体系复审
!l 下一条：五金展会邀请函
!m 销售热线：400-860-7725　传真：0793-6109887
!m 衡量五金制品有限公司 版权所有
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
4月1日，衡量五金制品有限公司推出新款304不锈钢计量油提，共有一两、二两、半斤、一斤四种规格。
新油提采用一体拉伸成型，提筒无焊缝，不易渗漏；提柄加长至32厘米，末端弯成挂钩，可以直接挂在油缸边沿。每把油提出厂前都经过容量校准，误差控制在千分之五以内，提筒外侧刻有容量刻线。
公司负责人表示，目前不少粮油店、油坊仍在使用铁皮或竹制油提，新产品耐腐蚀、易清洗，价格与普通油提相差不大，希望能帮助商户计量更准、经营更省心。
""",
    ),
    dict(
        slug="training-miandian-pastryboard-brochure-timetable",
        site="面点工坊职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.miandian-gf-example.com/zs/2025chun.html",
        title="中式面点师培训招生简章",
        record_title="【春季招生·16人小班】中式面点师培训招生简章 - 面点工坊职业培训学校",
        date=None,
        notes="training school: promo banner, consult float, a 400 enrolment line beside the school's own 报名电话 (in the body); a course table; a trial-lesson line between paragraphs; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【春季招生·16人小班】中式面点师培训招生简章 - 面点工坊职业培训学校</title>
<script src="/js/kefu.js"></script>
</head><body>
<div class="promo">⟦a 春季开班限时立减500元，前20名再送工具包⟧</div>
<div class="head">⟦m 面点工坊职业培训学校⟧ ⟦m 学一门手艺　开一家小店⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 课程设置⟧ ⟦m 学员作品⟧ ⟦m 师资团队⟧ ⟦m 在线报名⟧</div>
<div class="main"><h1>{T}</h1>
{BODY}
</div>
<div class="kefu">⟦w 课程顾问在线，点我咨询⟧</div>
<div class="foot">⟦m 全国招生热线 400-015-8822⟧<br>⟦m 面点工坊职业培训学校 版权所有　办学许可证号：教民144070270000381号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
面点工坊春季中式面点师培训班现已开始报名，小班教学，每班不超过16人。
一、培训内容：和面、擀皮、包制、成型、蒸煮等基本功，饺子、包子、花卷、烧卖等20余个品种。
二、课程安排：
课程　课时　说明
基本功训练　40　重点练习在擀面板上擀皮、收边
发面制品　60　包子、花卷、馒头
水调面制品　50　饺子、烧卖、面条
⟦a 不确定适不适合？先来上一节免费体验课⟧
三、学员每人配备一块实木擀面板和一套面点工具，结业后可带走。
四、报名电话：0795-8560213（周一至周六），学校地址：觐阳市胥湖区南苑路88号。
""",
    ),
    dict(
        slug="training-siyun-hairnet-updo-course",
        site="丝韵美发培训学校 (invented)",
        style="培训机构",
        genre="课程介绍",
        kind="other",
        form="text",
        source="http://www.siyun-meifa-example.cn/kc/xinniang.html",
        title="新娘盘发造型短训班课程介绍",
        record_title="新娘盘发造型短训班课程介绍｜丝韵美发培训",
        date=None,
        notes="training school page as text: sign-up buttons, a consultant's WeChat glued after the last sentence, the school's phone and an image-copyright notice; numbered days; no date",
        page="""
!m 丝韵美发培训学校 | 用手艺改变生活
!m 首页 > 短期课程 > 新娘造型
!t 新娘盘发造型短训班课程介绍｜丝韵美发培训
!a 立即报名　预约试听
{BODY}
!m 招生电话：0796-5308801　地址：姝水县商业街3号二楼
!d 页面中学员作品图片归丝韵所有，未经许可请勿使用
""",
        indent="\u3000\u3000",
        body="""
本短训班面向有一定美发基础、想提升新娘造型技能的学员，学制10天，全天实操。
1. 第一至三天：基础盘发手法，学习打毛、包发、扭绳等技法，认识发网、U形夹、发胶的用法。
2. 第四至六天：发网造型专项。学习用隐形发网收拢碎发、固定发包，做出干净饱满的低盘发和中式发髻。
3. 第七至九天：新娘主题造型，包括中式、韩式和森系三种风格，每人完成至少6款作品。
4. 第十天：考核与点评，合格者颁发结业证书。
学费3800元，含全部耗材，每人发放真人发模1个、隐形发网20只。⟦w 课程顾问微信：siyun_xiaoman⟧
""",
    ),
    dict(
        slug="writingapp-luobi-jewelbox-report-h5",
        site="落笔快写 (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.luobi-kuaixie-example.com/share/doc/77120913",
        title="首饰盒生产车间主任述职报告",
        record_title="首饰盒生产车间主任述职报告（车间主任通用）· 落笔快写",
        date="2025-01-08",
        notes="writing app H5 share: an open-app mask, an 'expand the rest' fold between paragraphs, an AI-rewrite button glued after a sentence; the 述职人 line and date under the text",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>首饰盒生产车间主任述职报告（车间主任通用）· 落笔快写</title>
<script src="https://h5.luobi-kuaixie-example.com/js/share.min.js"></script>
</head><body>
<div class="mask">⟦a 打开落笔快写App，查看完整范文⟧ <button>⟦a 打开⟧</button></div>
<div class="app-head">⟦m 落笔快写⟧ ⟦m 写材料，落笔就快⟧</div>
<div class="doc"><h1>{T}</h1>
<p class="sub">⟦m 范文库 · 述职报告 · 已有 2.4万 人参考⟧</p>
{BODY}
</div>
<div class="bottom">⟦a 一键套用⟧ ⟦a 复制全文⟧ ⟦a 分享给同事⟧</div>
<div class="rec">⟦l 相似范文：车间副主任年度述职｜班组长述职报告（生产型）⟧</div>
</body></html>
""",
        p_html='<p class="para">{}</p>',
        body="""
2024年，我担任首饰盒生产车间主任，带领全车间46名员工完成了各项生产任务。现将履职情况报告如下。
一、生产任务完成情况。全年生产各类首饰盒31.5万只，完成计划的104%；新开发皮革首饰盒、旋转首饰盒等新品5个，其中旋转首饰盒成为年度销量冠军。⟦a ✦AI帮我改写这一段⟧
⟦a 余下62%内容已折叠，点击展开⟧
二、质量和安全管理。推行“首件确认、巡检、末件留样”三检制度，产品一次合格率提升到97.3%；全年未发生工伤事故。
三、不足和打算。一是自动化程度不高，绒布包覆仍靠手工；二是员工流动较大。2025年，我将推动包覆工序半自动化改造，做好新员工传帮带。
述职人：邹文涛
2025年1月8日
""",
    ),
    dict(
        slug="writingapp-gaoyi-lampstand-host-script",
        site="稿易 (invented writing app, text export)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="text",
        source="https://m.gaoyi-app-example.com/s/zc/88102",
        title="灯台点灯仪式主持词",
        record_title="灯台点灯仪式主持词（含串词）｜稿易",
        date=None,
        notes="writing app export: a collection count and '更新于昨天' (no date), an expand fold between paragraphs, app prompt and AI buttons under the text; stage directions as paragraphs",
        page="""
!m 稿易 · 写稿不求人
!t 灯台点灯仪式主持词（含串词）｜稿易
!m 素材库 › 主持词 › 节庆活动
!m 本文被收藏 1.8k 次　更新于昨天
{BODY}
!a 打开稿易App，一键生成同类主持词
!a ✎ AI续写　⧉ 复制全文　⇩ 导出
!l 你可能还需要：元宵晚会主持词｜开笔礼主持词
""",
        body="""
尊敬的各位来宾、各位街坊：
大家晚上好！欢迎来到古镇“灯台点灯”仪式现场。
灯台是古镇的老物件，过去每逢元宵，家家户户都要把灯台擦亮、添油、点灯。今天，我们把修复好的九座老灯台请回古街，一起重温这份光亮。
⟦a ——— 展开剩余串词 ———⟧
首先，请古镇老艺人代表讲述灯台的故事。
（讲述）
谢谢老人家的讲述。下面，请各位嘉宾上台，共同点亮第一盏灯台！
（点灯）
灯火已经亮起，让我们在灯光里许下新年的心愿。仪式到此结束，请大家沿古街赏灯，注意安全。谢谢大家！
""",
    ),
    dict(
        slug="examforum-shangan-oilladle-essay-reply-to-see",
        site="上岸驿站论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.shangan-yizhan-example.com/thread-220871-1-1.html",
        title="一把油提称出的民心",
        record_title="[大作文·自练] 一把油提称出的民心（请老师们指点） - 申论写作 - 上岸驿站论坛",
        date=None,
        notes="exam forum: a reply-to-see prompt, a QQ-group ad, a rating row, the poster's level line with '发表于 6 天前' (no date); an essay",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[大作文·自练] 一把油提称出的民心（请老师们指点） - 申论写作 - 上岸驿站论坛</title>
<script src="/static/js/hide-reply.js"></script>
</head><body>
<div class="hd">⟦m 上岸驿站论坛⟧ ⟦m 公考人的加油站⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="crumbs">⟦m 上岸驿站 › 申论写作 › 查看帖子⟧</div>
<div class="thread"><h1>⟦t [大作文·自练] 一把油提称出的民心（请老师们指点）⟧</h1>
<div class="poster">⟦m 楼主 冲刺小白杨　Lv.4 备考中　发表于 6 天前⟧</div>
<div class="msg">
{BODY}
</div>
<div class="hide">⟦a 本帖隐藏的老师批改意见，回复后可见⟧</div>
<div class="rate">⟦a 评分：思路 +2　文采 +1　查看全部评分⟧</div>
</div>
<div class="ad">⟦w 申论批改互助群：QQ群 702318846（备注“驿站”）⟧</div>
<div class="reply">⟦l 2楼 押题王：立意可以，论证再补一个正面案例⟧</div>
<div class="ft">⟦m 上岸驿站论坛 · 只谈备考不谈别的⟧</div>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
在圻阳县的老街上，至今还有一家用竹油提卖油的小店。店主说，油提是祖上传下来的，提子准，街坊才信。一把小小的油提，量出的是油，称出的却是民心。
诚信是市场经济的基石。一个商户缺斤短两，看似多赚了几钱油，失去的却是回头客；一个地方放任短斤少两，损害的是整个市场的信誉。
守住“油提里的诚信”，既要靠经营者自律，也要靠制度保障。监管部门应当加强对油提、量杯等传统计量器具的检查，农贸市场要设置公平秤，让群众随时复核；同时，对诚信经营的商户给予表彰，让守信者处处受益。
民心是最大的秤。只有让每一把油提都量得准，群众才能买得放心。
""",
    ),
    dict(
        slug="examforum-mianshiquan-hairnet-interview-junk",
        site="面试圈论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.mianshiquan-example.net/t/60413.html",
        title="检查中发现后厨人员不戴发网，你怎么处理？",
        record_title="〔面试演练〕检查中发现后厨人员不戴发网，你怎么处理？ - 结构化面试 - 面试圈论坛",
        date=None,
        notes="exam forum post with anti-scraping junk on a line and glued; the question as the post's first paragraph; posted '前天' (no date); replies below",
        page="""
!m 面试圈论坛 › 结构化面试 › 帖子
!t 〔面试演练〕检查中发现后厨人员不戴发网，你怎么处理？
!m 楼主：上岸的鱼　考试类型：市场监管系统　发表于 前天 23:10
{BODY}
!l 2楼 稳住能赢：“再次”那段可以加上对员工的宣传
!l 3楼 考公第二年：收藏了，明天模考用
!a 回复帖子｜收藏｜举报
!m 面试圈论坛 · 结构化 · 无领导 · 半结构化
""",
        junk=dict(lines=1, glued=2),
        body="""
题目：你是市场监管所工作人员，在检查一家餐馆时发现后厨人员都没有戴发网，老板说“戴帽子就够了”。你怎么处理？
我的作答：
首先，我会当场指出问题。向老板说明餐饮从业人员加工食品时头发不得外露，只戴宽松的帽子容易掉发，发网是必须配备的。
其次，依法督促整改。要求餐馆立即为员工配备发网，对照规定逐一检查，并在检查记录上写明整改要求和期限。
再次，做好宣传引导。把佩戴规范和相关规定留给老板，建议他在后厨门口张贴佩戴示意图。
最后，按期复查。到期后我会回访，如果仍不整改，依法处理。
""",
    ),
]
