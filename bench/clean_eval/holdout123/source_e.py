"""holdout123, part E. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="qa-html-alligator-pet-illegal",
        site="知答网 (invented)",
        style="问答社区",
        genre="问答",
        kind="qa",
        form="html",
        source="https://www.zhida.net/q/3310782.html",
        title="网上有人卖“小鳄鱼”，私人能养扬子鳄吗？",
        record_title="网上有人卖“小鳄鱼”，私人能养扬子鳄吗？_知答网",
        date=None,
        notes="Q&A in HTML; answer time relative (no date); the answer quotes the 举报 number of the forest police as content",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>网上有人卖“小鳄鱼”，私人能养扬子鳄吗？_知答网</title></head>
<body>
<div class="top">⟦m 知答网 · 有问题，就有答案⟧ ⟦a 提问⟧ ⟦a 登录⟧</div>
<div class="crumb">⟦m 知答网 > 法律 > 野生动物保护⟧</div>
<div class="q"><h1>{T}</h1><div class="qmeta">⟦m 匿名用户 · 5个回答 · 1.3万浏览⟧</div></div>
<div class="best"><div class="tag">⟦m 专业回答⟧</div>
<div class="auth">⟦m 林业执法者老覃 · 野保志愿者 · 1个月前⟧</div>
<div class="ans">
{BODY}
</div>
<div class="vote">⟦l 赞同 327　反对　评论 21　收藏⟧</div></div>
<div class="others">⟦l 查看其他4个回答⟧</div>
<div class="side">⟦l 相关问题：养巴西龟违法吗？｜捡到受伤的鸟怎么办？｜网购鹦鹉要办证吗？⟧</div>
<div class="foot">⟦m 知答网 ©2024　京ICP备17050312号-2⟧</div>
</body></html>
""",
        body="""
不能。扬子鳄是国家一级重点保护野生动物，也是我国特有的鳄类，私人没有许可不能购买、饲养。
根据《中华人民共和国野生动物保护法》，出售、购买、利用国家重点保护野生动物及其制品，须经省级以上野生动物保护主管部门批准，人工繁育也要取得许可证。网上卖的所谓“小鳄鱼”，要么来源不明，要么是其他外来鳄种，都有法律风险。
非法收购、运输、出售国家重点保护的珍贵、濒危野生动物，情节严重的可能构成刑事犯罪，买家同样会被追究。
如果在网上看到有人售卖，可以截图保存证据，向当地森林公安或者拨打12345反映。已经买了的，建议主动联系当地林业部门上交。
""",
    ),
    dict(
        slug="collection-html-daylily-grandmother",
        site="枧水文集 (invented)",
        style="个人文集",
        genre="随笔",
        kind="essay",
        form="html",
        source="https://jianshui-wenji.cn/vol2/chapter17.html",
        title="外婆的金针菜",
        record_title="外婆的金针菜 — 枧水文集·卷二",
        date="2021-08-30",
        notes="collection chapter page: volume nav, reading settings; date at the end in Chinese numerals; no record date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>外婆的金针菜 — 枧水文集·卷二</title></head>
<body>
<div class="bk">⟦m 枧水文集　卷二·故园⟧</div>
<div class="set">⟦a 阅读设置：背景 护眼 夜间　字体 + -⟧</div>
<div class="chap-nav">⟦l ← 第十六章 老屋的天井⟧ ⟦l 目录⟧ ⟦l 第十八章 赶集 →⟧</div>
<h2>{T}</h2>
<div class="au">⟦m 文／甘晚晴　本章字数：842⟧</div>
<div class="txt">
{BODY}
</div>
<div class="chap-nav2">⟦l ← 上一章⟧ ⟦l 返回目录⟧ ⟦l 下一章 →⟧</div>
<div class="cp">⟦d 本文集内容由作者授权发布，转载请联系作者。⟧</div>
</body></html>
""",
        body="""
外婆家的屋后有一片坡地，种满了黄花菜。她不叫它黄花菜，叫金针，说晒干了就像一根根金色的针。
每年夏天放暑假，我都被送到外婆家。天刚蒙蒙亮，外婆就挎着竹篮去坡上摘花，要赶在花苞张开之前摘下来。我跟在后面，摘一朵，闻一朵。
摘回来的花要先上锅蒸，再摊在竹席上晒。外婆说，新鲜的金针不能直接吃，会中毒，一定要蒸透晒干。那时我不懂，只觉得外婆什么都知道。
冬天，外婆会用晒好的金针炖肉，或者和木耳一起炒。那股说不出的香味，是我童年最深的记忆。
外婆走了好些年了。今年夏天我回去，坡上的黄花菜还在，开得满山金黄。
二〇二一年八月三十日
""",
    ),
    dict(
        slug="dangjian-text-kebab-street-party-branch",
        site="桤溪先锋网 (invented)",
        style="党建网",
        genre="经验材料",
        kind="report",
        form="text",
        source="http://www.qixixf.cn/jcdj/2024/0411/7021.html",
        title="“红色摊位”点亮烟火街——城西美食街党支部建设经验",
        record_title="“红色摊位”点亮烟火街——城西美食街党支部建设经验",
        record_date="2024-04-11",
        date="2024-04-11",
        notes="Party-building text page; record date; numbered 一是/二是 kept; chrome between paragraphs (a 学习强国-style study link)",
        page="""
!m 桤溪先锋网　中共桤溪县委组织部
!m 首页 >> 基层党建 >> 经验交流
{T}
!m 发布：2024-04-11　来源：城西街道党工委　字号：大 中 小
{BODY}
!l 【上一篇】“党建+网格”激活社区治理末梢
!l 【下一篇】新就业群体党建工作观察
!m 桤溪先锋网版权所有　地址：桤溪县府前路1号
""",
        body="""
城西美食街有烧烤、小吃摊位126家，从业人员近四百人，曾经是油烟扰民、占道经营投诉的“重灾区”。2022年，街道在美食街成立党支部，探索“红色摊位”管理模式，美食街面貌焕然一新。
一是亮身份。支部摸排出摊主中的党员9名，为他们的摊位挂上“党员示范摊位”牌，带头承诺明码标价、不占道、用净化烤炉。
⟦l 点击进入“桤溪先锋”学习专栏⟧
二是建机制。支部牵头成立美食街自治管理委员会，制定《商户文明公约》，每月评选“星级摊位”，评上的在街口公示。
三是办实事。支部协调供电部门统一架设用电线路，协调城管、市场监管部门在现场集中办理摊贩登记和健康证，为摊主办实事21件。
两年来，美食街相关投诉下降了七成，客流量增长近一倍，成为夜间经济的一张名片。
""",
    ),
    dict(
        slug="hospital-html-pickle-nitrite-case",
        site="椴山县中医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.dsxzyy.cn/yydt/2024/0205/2217.html",
        title="急诊科成功救治一家三口亚硝酸盐中毒患者",
        record_title="急诊科成功救治一家三口亚硝酸盐中毒患者 - 椴山县中医院",
        date="2024-02-05",
        notes="hospital news: appointment widget, department's 咨询电话 kept beside the hospital switchboard; date from the byline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>急诊科成功救治一家三口亚硝酸盐中毒患者 - 椴山县中医院</title></head>
<body>
<div class="hd">⟦m 椴山县中医院　厚德 精术 仁心⟧ <a>⟦a 预约挂号⟧</a> <a>⟦a 报告查询⟧</a></div>
<div class="nav">⟦m 首页　医院概况　医院动态　科室导航　护理园地　党建文化⟧</div>
<div class="pos">⟦m 当前位置 > 医院动态⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2024-02-05　　来源：急诊科　　浏览：309⟧</div>
<div class="con">
{BODY}
</div>
<div class="appoint">⟦a 微信扫码，预约急诊科专家⟧</div>
<div class="ft">⟦m 地址：椴山县健康路12号　总机：0579-83200120⟧<br>⟦m 浙ICP备11040125号⟧</div>
</body></html>
""",
        body="""
2月3日晚，我院急诊科接诊了一家三口，三人均出现口唇青紫、头晕、乏力、心慌等症状，其中7岁的孩子症状最重。
接诊医生详细询问得知，一家人晚饭吃了自家刚腌了四天的酸菜。医生判断为亚硝酸盐中毒，立即给予吸氧、静脉注射亚甲蓝等治疗。经过两个多小时抢救，三人症状明显缓解，次日全部康复出院。
急诊科主任贝文涛提醒，自制腌菜要腌足二十天以上再吃，未腌透的菜亚硝酸盐含量很高；出现口唇、指甲青紫等症状，要立即就医。
如有疑问，可拨打急诊科咨询电话0579-83200386。
""",
    ),
    dict(
        slug="university-text-ecology-monkey-survey",
        site="柘岭学院生命科学学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://sky.zlxy.edu.cn/info/1033/5208.htm",
        title="我院师生赴柘岭保护区开展金丝猴种群调查",
        date="2023-10-24",
        notes="college news; photo caption between paragraphs; 审核 line glued after the last paragraph; date from the 发布时间 line",
        page="""
!m 柘岭学院 生命科学学院
!m 学院首页 | 学院概况 | 师资队伍 | 人才培养 | 科学研究 | 学生工作
!m 首页 > 学院新闻 > 正文
{T}
!m 发布时间：2023-10-24　作者：宣传办　浏览次数：289
{BODY}
!l 上一条：我院召开2023年秋季学期教学工作会议
!l 下一条：我院学子在全省生物学竞赛中获佳绩
!m Copyright © 柘岭学院生命科学学院　地址：柘岭市学院路1号
""",
        body="""
10月16日至22日，我院动物学教研室组织14名师生赴柘岭金丝猴自然保护区，开展秋季金丝猴种群调查。
调查队与保护区监测中心工作人员一起，沿四条固定样线开展野外调查，采用直接计数、粪便采样和红外相机数据分析相结合的方法，记录猴群数量、结构和活动区域。
⟦m 调查队员在样线上记录猴群活动痕迹。⟧
调查共记录到金丝猴两个群体约一百四十只，采集粪便样品62份，将用于后续的食性分析和遗传多样性研究。
带队教师蓝启明表示，野外实习让学生在真实环境中学习调查方法，也为保护区提供了基础数据。⟦m （审核：冯晓）⟧
""",
    ),
    dict(
        slug="localforum-html-survey-marker-found",
        site="樟原生活网 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="post",
        form="html",
        source="https://bbs.zhangyuanlife.com/thread-208817-1-1.html",
        title="爬山时在山顶发现一个刻着字的水泥桩，有人知道是干嘛的吗",
        record_title="爬山时在山顶发现一个刻着字的水泥桩，有人知道是干嘛的吗 - 樟原生活网",
        date="2024-04-14",
        notes="local forum: the OP post is the body; replies are list chrome; post date is the page date",
        page="""
<html><head><meta charset="utf-8"><title>爬山时在山顶发现一个刻着字的水泥桩，有人知道是干嘛的吗 - 樟原生活网</title></head>
<body>
<div id="hd">⟦m 樟原生活网　樟原人的网上家园⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="nv">⟦m 首页　樟原论坛　便民信息　二手交易　招聘求职⟧</div>
<div id="pt">⟦m 樟原论坛 › 户外运动 › 查看帖子⟧</div>
<div class="post">
<h1>{T}</h1>
<div class="au">⟦m 周末爬山人　发表于 2024-4-14 19:52⟧</div>
<div class="msg">
{BODY}
</div>
<div class="rate">⟦l 评分　收藏　分享⟧</div>
</div>
<div class="post"><div>⟦l 2楼 山城测量员：这是测量标志，国家保护的，千万别动⟧</div></div>
<div class="post"><div>⟦l 3楼 云在青山：涨知识了⟧</div></div>
<div id="fastpost">⟦a 发表回复⟧</div>
<div id="ft">⟦m 樟原生活网 赣ICP备16005531号⟧</div>
</body></html>
""",
        body="""
今天和朋友爬北岭，在山顶找到一个方形的水泥桩，顶上有个金属盖子，中间刻着十字，边上有“测量标志”“严禁损坏”几个字。旁边的石头上还刷着红漆写的“三角点”。
桩子有一半埋在土里，边上的土被雨水冲开了一些，看着有点松动。
我查了一下，好像这个是国家的测绘设施，损坏要负法律责任。这种情况是不是要告诉什么部门？要打什么电话？
照片发在下面了，有懂行的朋友给说说。
""",
    ),
    dict(
        slug="download-text-cityadmin-ledger-template",
        site="易下资料网 (invented)",
        style="资料下载站",
        genre="模板",
        kind="template",
        form="text",
        source="http://www.yixiazl.com/doc/tongji/2024/3821.html",
        title="城管中队流动摊贩劝导台账（模板）",
        record_title="城管中队流动摊贩劝导台账（模板）.xls",
        date=None,
        notes="download site: file-info rows and mirror links; template placeholders (____, 年 月 日) kept; table rows kept; no date",
        page="""
!m 易下资料网　—　免费资料下载
!m 当前位置：首页 → 表格模板 → 行政管理
!m 资料名称：城管中队流动摊贩劝导台账（模板）.xls
!m 文件大小：18KB　授权方式：免费　更新时间：2024-02-11　下载次数：233
!a ↓ 本地下载　　↓ 镜像下载　　↓ 网盘下载
!l 内容预览：
{BODY}
!a 下载地址失效？点击反馈
!d 本站资源仅供学习交流，请勿用于商业用途。
!m 易下资料网　www.yixiazl.com
""",
        body="""
城管中队流动摊贩劝导台账
中队名称：__________　　　记录人：__________
序号　日期　地点　摊贩姓名　经营品种　违规情形　处置方式　整改情况
1　____年__月__日　　　　　□占道 □超时 □油烟　□劝导 □登记 □移交
2　____年__月__日　　　　　□占道 □超时 □油烟　□劝导 □登记 □移交
填表说明：
1. 本台账按日填写，每月底由中队长审核签字后归档。
2. “处置方式”中选择“移交”的，须在备注栏注明移交部门和移交时间。
3. 对同一摊贩三次以上劝导仍不整改的，应在台账中单独标注。
""",
    ),
    dict(
        slug="personnel-exam-html-reserve-rangers",
        site="柘岭县人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.zlrsks.cn/kszx/2024/0611/2207.html",
        title="柘岭金丝猴自然保护区管理局2024年公开招聘巡护员拟聘用人员公示",
        record_title="柘岭金丝猴自然保护区管理局2024年公开招聘巡护员拟聘用人员公示",
        record_date="2024-06-11",
        date="2024-06-11",
        notes="personnel-exam site; table of candidates one row a paragraph; 监督电话 of the document beside the site's own service phone",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>柘岭金丝猴自然保护区管理局2024年公开招聘巡护员拟聘用人员公示</title></head>
<body>
<div class="hd">⟦m 柘岭县人事考试信息网⟧ <span>⟦m 县人力资源和社会保障局主办⟧</span></div>
<ul class="mn"><li>⟦m 首页⟧</li><li>⟦m 考试公告⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 公示公告⟧</li></ul>
<div class="lc">⟦m 当前位置：首页 > 公示公告⟧</div>
<h2>{T}</h2>
<div class="sj">⟦m 发布时间：2024-06-11　　阅读次数：2214⟧</div>
<div class="nr">
{BODY}
</div>
<div class="ft">⟦m 考试服务电话：0916-8322011（仅限考务咨询）⟧<br>⟦m 陕ICP备07001920号⟧</div>
</body></html>
""",
        body="""
根据《柘岭金丝猴自然保护区管理局2024年公开招聘巡护员公告》，经笔试、体能测试、面试、体检和考察，现将拟聘用人员名单公示如下：
序号　姓名　性别　报考岗位　准考证号
1　鲍振山　男　巡护员A　240110213
2　左一帆　男　巡护员A　240110107
3　池秋月　女　巡护员B　240120031
公示期为2024年6月11日至6月17日（5个工作日）。公示期间，如对拟聘用人员有异议，可通过电话或书面形式向保护区管理局人事科反映。
监督电话：0916-8312233。
柘岭金丝猴自然保护区管理局
2024年6月11日
""",
    ),
    dict(
        slug="tender-text-kebab-purifier-result",
        site="桤溪县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.qixi.gov.cn/cgjg/2024/0703/5512.html",
        title="桤溪县城西美食街油烟净化设备采购项目中标结果公告",
        record_title="桤溪县城西美食街油烟净化设备采购项目中标结果公告【结果公告】",
        date="2024-07-03",
        notes="procurement result: bracket suffix in the record title; 成交 table kept; purchaser contact kept beside the platform hotline",
        page="""
!m 桤溪县政府采购网
!m 首页 > 采购结果 > 中标（成交）公告
{T}
!m 项目编号：QXCG-2024-0617　｜　发布时间：2024-07-03 17:20　｜　浏览：486
!a [ 分享 ] [ 打印 ] [ 关闭 ]
{BODY}
!m 平台技术支持热线：400-021-8866
!d 本网发布的采购信息以采购文件和公告原文为准。
""",
        body="""
一、项目编号：QXCG-2024-0617
二、项目名称：桤溪县城西美食街油烟净化设备采购项目
三、中标信息
供应商名称　中标金额（元）　供应商地址
苍梧环保设备有限公司　486300.00　苍梧市经开区兴业路18号
四、主要标的信息：一体化油烟净化烧烤车60台，移动式油烟净化器40台，质保期三年。
五、评审专家名单：魏思远、沈丽、郝长庚
六、公告期限：自本公告发布之日起1个工作日。
七、联系方式
采购人：桤溪县城市管理局，联系人：甄科长，电话：0571-64230759。
""",
    ),
    dict(
        slug="lawfirm-html-riveting-damage-case",
        site="明衡律师网 (invented)",
        style="律所网站",
        genre="案例",
        kind="article",
        form="html",
        source="https://www.minghenglaw.com/case/2024/0930/81.html",
        title="古董瓷器锔补后“越修越糟”，修复师要赔吗？",
        date="2024-09-30",
        notes="law firm case page; consult widget and lawyer card are chrome; 发布 date; the article's own 法条 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>古董瓷器锔补后“越修越糟”，修复师要赔吗？-明衡律师网</title></head>
<body>
<header>⟦m 明衡律师事务所⟧ ⟦w 全国咨询热线 400-900-6615⟧</header>
<nav>⟦m 首页 律所介绍 业务领域 律师团队 经典案例 法律资讯⟧</nav>
<div class="loc">⟦m 经典案例 ＞ 合同纠纷⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布：2024-09-30　　承办律师：殷佳⟧</div>
<div class="case">
{BODY}
</div>
<aside class="lawyer">⟦w 殷佳律师　执业12年　擅长合同纠纷　立即咨询⟧</aside>
<div class="rel">⟦l 相关案例：字画装裱受损纠纷｜家具翻新质量争议⟧</div>
<footer>⟦m 明衡律师事务所　苏ICP备19022876号⟧</footer>
</body></html>
""",
        body="""
【基本案情】
王某将一只清代青花盘交给某锔瓷工作室修复，约定修复费1800元。取回后，王某发现盘面新增一道裂纹，且锔钉位置与约定不符，遂要求工作室赔偿。工作室认为裂纹是器物本身老化所致。
【争议焦点】
新增裂纹是否由修复行为造成，工作室是否应承担赔偿责任。
【处理结果】
经双方同意委托鉴定，鉴定意见认为新增裂纹系打孔时受力不当所致。法院认为，双方成立承揽合同，工作室未尽到谨慎修复义务，依据《中华人民共和国民法典》第七百八十四条，承揽人应当妥善保管定作人提供的材料，因保管不善造成毁损、灭失的，应当承担赔偿责任。最终判决工作室退还修复费并赔偿损失6000元。
【律师提示】
送修贵重器物时，建议双方签订书面协议，拍照记录器物原状，约定修复方案和损坏责任。
""",
    ),
    dict(
        slug="community-text-alligator-village-safety",
        site="红杨村村务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hongyangcun.cn/cwgk/2024/0520/96.html",
        title="关于扬子鳄繁殖期注意安全的温馨提示",
        date="2024-05-20",
        notes="village affairs site; the village committee's 值班电话 kept beside the site's maintainer line; date under signature",
        page="""
!m 红杨村村务网　村务公开　便民服务　乡风文明
!m 首页 / 村务公开 / 通知公告
{T}
!m 红杨村委会　2024-05-20　阅读 173
{BODY}
!a 返回列表　　分享给邻居
!m 网站维护：红杨村便民服务站　技术联系：13856302217
""",
        body="""
各位村民：
每年5月至7月是扬子鳄的繁殖期，我村紧邻保护区红杨片区，近期在村南水塘、沟渠边已发现扬子鳄活动。为保障大家安全，也为保护好这一珍贵物种，特提醒如下：
1. 不要到保护区缓冲区内捕鱼、割草、放鸭；
2. 看管好小孩，不要让孩子单独到水边玩耍；
3. 发现扬子鳄进入农田、房前屋后，不要驱赶、捕捉、伤害，请立即告知村委会或保护站；
4. 发现有人非法捕捉、收购扬子鳄，请及时举报。
村委会值班电话：0553-6875019。
红杨村村民委员会
2024年5月20日
""",
    ),
]
