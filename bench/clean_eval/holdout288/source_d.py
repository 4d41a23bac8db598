"""holdout288, part D: download stations, personnel-exam sites, tender portals, law firms,
residents' sites.

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="download-yide-ruler-inspection-instruction-decimal",
        site="易得资料库 (invented download station, old table layout)",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="html",
        source="http://www.yide-ziliao.com/soft/zhiliang/12907.html",
        title="竹尺出厂检验作业指导书",
        record_title="竹尺出厂检验作业指导书[DOC可编辑] - 易得资料库",
        date=None,
        notes="download station in a gb2312 table layout: file-info table, three mirror links, unzip "
        "password, dead-link report; decimal headings 1.1–4.2; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>竹尺出厂检验作业指导书[DOC可编辑] - 易得资料库</title>
<link rel="stylesheet" href="/images/down.css">
<script src="/js/ad_float.js"></script>
</head><body>
<table width="950" align="center"><tr><td>⟦m 易得资料库 · 质量管理文档下载⟧</td><td align="right">⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr>
<tr><td colspan="2">⟦m 首页 | 质量管理 | 安全生产 | 人事行政 | 合同范本 | 下载排行⟧</td></tr></table>
<table width="950" align="center"><tr><td valign="top" width="700">
<div class="pos">⟦m 当前位置：易得资料库 → 质量管理 → 作业指导书⟧</div>
<h1>{T}</h1>
<table class="info" border="1">
<tr><td>⟦m 资料大小：38 KB⟧</td><td>⟦m 资料格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2024-04-18⟧</td><td>⟦m 下载次数：2301⟧</td></tr>
<tr><td>⟦m 运行环境：WPS/Office⟧</td><td>⟦m 资料评级：★★★★⟧</td></tr>
</table>
<div class="intro">⟦m 资料简介：⟧</div>
{BODY}
<div class="downlist"><p>⟦a 电信下载一⟧</p><p>⟦a 联通下载二⟧</p><p>⟦a 备用下载三⟧</p></div>
<div class="pwd">⟦a 解压密码：www.yide-ziliao.com⟧</div>
<div class="bad">⟦a 下载不了？点此报告失效链接，我们会尽快修复⟧</div>
</td><td valign="top" width="250">
<div class="rank">⟦l 本类下载TOP10⟧</div>
<ul><li>⟦l 木制品含水率检测规程⟧</li><li>⟦l 文具类产品抽样检验记录表⟧</li><li>⟦l 量具周期校准管理办法⟧</li></ul>
</td></tr></table>
<div class="foot">⟦d 本站资料来自网络收集，仅供学习研究，版权归原作者。⟧<br>⟦m 易得资料库 Copyright 2008-2024　闽ICP备08003391号⟧</div>
</body></html>
""",
        body="""
1 目的
1.1 规范竹尺成品出厂前的检验方法，防止刻度不准、尺身开裂的产品流入市场。
2 适用范围
2.1 本指导书适用于本公司生产的30厘米、50厘米和100厘米竹尺。
3 检验项目
3.1 外观：尺身平直，无裂纹、虫眼和毛刺，刻线清晰、不断线。
3.2 长度：用标准钢直尺比对全长，30厘米竹尺允许误差不超过0.5毫米。
3.3 刻度：任意抽取三段10厘米刻度比对，误差不超过0.3毫米。
3.4 含水率：用含水率仪测量，应在8%至12%之间。
4 判定与处置
4.1 每批随机抽取20把，全部合格判定该批合格；有一把不合格，加倍抽检；仍有不合格，整批返工。
4.2 检验结果记入《竹尺出厂检验记录表》，检验员签字后存档。
""",
    ),
    dict(
        slug="download-kejian-lesson-plan-pincushion-wps",
        site="课件之家下载站 (invented)",
        style="资料下载站",
        genre="教学设计",
        kind="plan",
        form="text",
        source="http://www.kejianzj.net/jiaoan/laodong/3318.html",
        title="五年级劳动课《缝制小针插》教学设计",
        record_title="五年级劳动课《缝制小针插》教学设计.wps",
        date=None,
        notes="download page as text: file info, download buttons, a ghost-writer line between "
        "paragraphs; numbered lists; file-name record title; no date",
        page="""
!m 课件之家下载站　www.kejianzj.net
!m 首页 » 教案下载 » 劳动教育
!t 五年级劳动课《缝制小针插》教学设计.wps
!m 文件大小：21KB　|　更新：2024-09-02　|　下载：618次　|　授权：免费
!a 【本地高速下载】　【网盘下载】
{T}
{BODY}
!a 下载地址失效了？请联系站长修复
!l 同类资源：四年级《钉纽扣》教学设计　｜　劳动课安全教育PPT
!m 课件之家下载站 © 2011-2024　鲁ICP备11030219号
""",
        body="""
一、教学目标
1.认识针插的用途，了解针插是收纳缝针的生活用品。
2.学会平针缝和收口的方法，独立缝制一只小针插。
3.养成安全使用缝针的习惯。
二、教学准备
边长十厘米的方形碎布两块、填充棉、手缝针、彩色棉线，每组一把安全剪刀。
⟦w 教案课件定制，劳动课全套资料请加QQ 1589023364⟧
三、教学过程
1.导入：出示奶奶的针线筐，请学生说说针线筐里的针都放在哪里。
2.示范：教师演示把两块布正面相对，沿边平针缝三边，翻面后塞入填充棉，最后收口。
3.练习：学生分组制作，教师巡视，重点提醒“针不离手、用完插回”。
4.展示：各组把作品摆在讲台上，互相评一评谁的针脚最整齐。
四、课后延伸
把做好的针插送给家里的长辈。
""",
    ),
    dict(
        slug="exam-weichuan-pattern-maker-practical-notice",
        site="湋川人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.wcrsks.example-gov.cn/zyjn/2024/1030/667.html",
        title="2024年服装制版师职业技能等级认定实操考核须知",
        record_title="〔鉴定考务〕2024年服装制版师职业技能等级认定实操考核须知_湋川人事考试网",
        date="2024-10-30",
        date_also=["2024-10-31"],
        notes="exam site: maintenance banner, admission-ticket float, a technical line beside the "
        "centre's own 考务咨询电话; 下载/打印 准考证 as content; candidates bring a bamboo ruler and a pincushion",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔鉴定考务〕2024年服装制版师职业技能等级认定实操考核须知_湋川人事考试网</title>
<link rel="stylesheet" href="/css/ks.css">
</head><body>
<div class="notice-bar">⟦m 系统维护公告：11月2日0:00—6:00报名系统暂停服务⟧</div>
<div class="hd">⟦m 湋川人事考试网⟧ <span>⟦m 湋川县人力资源考试服务中心⟧</span></div>
<div class="nav">⟦m 首页　考试动态　报名入口　成绩查询　证书办理　政策法规⟧</div>
<div class="crumb">⟦m 位置：首页 - 职业技能 - 考务通知⟧</div>
<div class="article"><h1>{T}</h1>
<div class="info">⟦m 发布：2024-10-31 16:05　来源：鉴定指导中心　阅读：3382⟧</div>
<div class="body">
{BODY}
</div></div>
<div class="float-zkz"><a>⟦a 准考证打印入口 ›⟧</a></div>
<div class="foot">⟦m 考试系统技术支持：0735-6239966（仅受理系统故障）⟧<br>⟦m 湋川人事考试网　湘ICP备17014407号-2⟧</div>
</body></html>
""",
        body="""
各位考生：
2024年服装制版师（四级）职业技能等级认定实操考核定于11月16日在湋川县职业技术学校实训楼举行。现将有关事项告知如下。
一、请考生于11月12日起登录本网站下载并打印准考证，考试当天凭准考证和身份证入场。
二、考生须自带以下工具：一米竹尺一把、三十厘米直尺一把、针插一个（插大头针不少于二十枚）、划粉、剪刀。考场不提供工具，也不允许考生之间借用。
三、竹尺、直尺上不得有任何手写标记，入场时由考务人员检查。
四、考试时长一百八十分钟，迟到三十分钟以上不得入场。
考务咨询电话：0735-6230117（工作日9:00—17:00）。
湋川县职业技能鉴定指导中心
2024年10月30日
""",
    ),
    dict(
        slug="exam-tongling-housekeeping-contest-towel-folding",
        site="峂岭县人力资源和社会保障网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsj.tongling-xian.example-gov.cn/jnjs/2024/0805/412.html",
        title="2024年峂岭县客房服务员职业技能竞赛枕巾折花项目说明",
        record_title="2024年峂岭县客房服务员职业技能竞赛枕巾折花项目说明（选手必看）_峂岭县人力资源和社会保障网",
        date="2024-08-05",
        notes="exam/contest page as text: entry float and a sign-up button; 成文日期 under the signature",
        page="""
!m 峂岭县人力资源和社会保障网
!m 首页 > 技能竞赛 > 赛事通知
!t 2024年峂岭县客房服务员职业技能竞赛枕巾折花项目说明（选手必看）
!m 发布日期：2024-08-05　　来源：县职业技能竞赛组委会办公室
!a 在线报名通道已关闭　　查看参赛名单
{BODY}
!a ⎙ 打印　✕ 关闭
!m 峂岭县人力资源和社会保障局主办　人社服务热线：12333
!m 湘ICP备18010627号
""",
        body="""
各参赛选手：
2024年峂岭县客房服务员职业技能竞赛实操比赛将于8月22日在县职业教育中心举行，比赛设中式铺床、枕巾折花和客房清扫三个项目。现将枕巾折花项目说明如下。
一、比赛用品由赛事组委会统一提供，每名选手领取白色枕巾两条、托盘一个。
二、选手须在三分钟内用两条枕巾各折出一种造型，造型不限，不得使用别针、夹子等辅助工具。
三、评分从造型美观、操作规范、卫生要求三方面进行，满分一百分，其中卫生要求占三十分，枕巾落地一次扣十分。
四、比赛结束后，选手须将枕巾展开叠好交回。
峂岭县职业技能竞赛组委会办公室
2024年8月5日
""",
    ),
    dict(
        slug="tender-laishan-inquiry-news-racks-lots",
        site="梾山县公共资源交易平台 (invented)",
        style="招投标网",
        genre="采购公告",
        kind="notice",
        form="html",
        source="https://ggzy.laishan-xian.example-gov.cn/jyxx/zfcg/cggg/20240411/7720.html",
        title="梾山县文化馆农家书屋报刊架采购项目询价公告",
        record_title="【比价邀约】梾山县文化馆农家书屋报刊架采购项目询价公告 - 政府采购 - 梾山县公共资源交易平台",
        record_date="2024-04-11",
        date="2024-04-11",
        notes="tender portal: countdown, CA and trading-system lines beside the purchaser's and agency's "
        "own contacts; lots table; 下载 of the inquiry file as content; record date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【比价邀约】梾山县文化馆农家书屋报刊架采购项目询价公告 - 政府采购 - 梾山县公共资源交易平台</title>
<link rel="stylesheet" href="/static/jy/detail.css">
<script src="/static/jy/countdown.js"></script>
</head><body>
<div class="top">⟦m 梾山县公共资源交易平台⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 新用户注册⟧</a></div>
<div class="nav">⟦m 首页　交易信息　政府采购　工程建设　信用信息　服务指南⟧</div>
<div class="crumb">⟦m 首页 / 交易信息 / 政府采购 / 采购公告⟧</div>
<div class="detail"><h2>{T}</h2>
<div class="meta">⟦m 信息时间：2024-04-11　阅读次数：409⟧</div>
<div class="countdown">⟦m 距报价截止还剩：10天 17时 42分⟧</div>
<div class="ewb-con">
{BODY}
</div>
<div class="file">⟦a 📎 询价文件（梾山文化馆报刊架）.zip　立即下载⟧</div>
</div>
<div class="help">⟦m CA办理及驱动问题：0744-7209876⟧<br>⟦m 交易系统操作咨询：0744-7209877⟧</div>
<div class="foot">⟦m 主办：梾山县公共资源交易中心　湘ICP备19007730号-1⟧</div>
</body></html>
""",
        body="""
梾山县文化馆农家书屋报刊架采购项目已具备采购条件，现进行公开询价，欢迎合格供应商参加。
一、项目编号：LSCG-2024-0417
二、采购内容
包号　品名　数量　最高限价
1　双面木质报刊架　96组　1650元/组
2　壁挂式报刊架　40组　420元/组
三、供应商资格：具有独立承担民事责任的能力，近三年经营活动中无重大违法记录。
四、报价截止时间：2024年4月22日9:30，逾期送达的报价文件不予接收。
五、询价文件请在本平台项目页面下载，不收取费用。
六、联系方式
采购人：梾山县文化馆，联系人：邵清韵，电话：0744-7216035
代理机构：梾山县正衡招标代理有限公司，联系人：甘露，电话：0744-7230892
""",
    ),
    dict(
        slug="tender-weichuan-bid-result-window-screens",
        site="湋川县政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://zfcg.weichuan.example-gov.cn/zbgg/2024/0802/3314.html",
        title="湋川县公共租赁住房窗纱更换项目中标结果公告",
        date="2024-08-02",
        notes="procurement page as text: the record's title as is; a results table one row a paragraph; "
        "the closing date of the notice is the date; CA line beside the purchaser's phone",
        page="""
!m 湋川县政府采购网
!m 首页 ＞ 采购公告 ＞ 中标（成交）结果公告
{T}
!m 公告类型：中标公告　　发布时间：2024-08-02 15:30　　浏览：266
!a 分享　　打印　　收藏
{BODY}
!l 上一条：湋川县第三小学课桌椅采购项目成交公告
!l 下一条：湋川县城区路灯维修项目竞争性磋商公告
!m 数字证书（CA）服务：0735-6251010　　平台技术支持：400-830-2766
!m 湋川县财政局主办　湘ICP备15020316号
""",
        body="""
一、项目编号：WCZB-2024-0613
二、项目名称：湋川县公共租赁住房窗纱更换项目
三、中标信息
包号　中标人　中标金额
1　湋川县明安门窗有限公司　286500元
2　篔溪县清源纱网制品厂　174300元
四、主要标的：不锈钢防蚊纱网、铝合金纱窗框及安装，服务期限为合同签订后六十日。
五、公告期限：自本公告发布之日起一个工作日。
六、联系方式
采购人：湋川县保障性住房服务中心，电话：0735-6201449
代理机构：湋川县公信工程咨询有限公司，电话：0735-6257302
2024年8月2日
""",
    ),
    dict(
        slug="lawfirm-hengzheng-case-falling-window-screen",
        site="澬阳衡正律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.hengzheng-law.example-firm.cn/anli/qinquan/2024-0716.html",
        title="纱窗坠落砸坏车辆，谁来赔？",
        record_title="律案评析丨纱窗坠落砸坏车辆，谁来赔？—澬阳衡正律师事务所",
        date=None,
        notes="law-firm page: lawyer card, consult float, a 400 line, a repost notice; a case note with "
        "no date; a consult prompt on a line of its own between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>律案评析丨纱窗坠落砸坏车辆，谁来赔？—澬阳衡正律师事务所</title>
<link rel="stylesheet" href="/theme/law/site.css">
</head><body>
<div class="hd">⟦m 澬阳衡正律师事务所⟧ <span>⟦m 专注侵权纠纷与物业纠纷⟧</span> <span>⟦m 免费法律咨询：400-677-5210⟧</span></div>
<div class="nav">⟦m 首页　律所简介　专业团队　律案评析　联系我们⟧</div>
<div class="pos">⟦m 首页 » 律案评析 » 侵权责任⟧</div>
<div class="art"><h1>{T}</h1>
<div class="meta">⟦m 撰稿：衡正律所 葛明川律师　阅读 1,206⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="repost">⟦d 本文为衡正律所原创，转发请完整保留作者信息，不构成正式法律意见。⟧</div>
</div>
<div class="card">⟦m 葛明川　执业证号 14310201511207734　擅长：侵权责任、相邻关系⟧</div>
<div class="float">⟦w 遇到类似纠纷？在线留言，律师2小时内回电⟧</div>
<div class="ft">⟦m 地址：澬阳县中山路188号金城大厦9楼　湘ICP备20018826号⟧</div>
</body></html>
""",
        body="""
【案情】去年夏天，澬阳县某小区六楼住户家的一扇纱窗在大风中脱落，砸中楼下停放的一辆轿车，造成前挡风玻璃破裂。车主要求六楼住户赔偿修车费三千二百元，住户认为是大风所致，属于意外，拒绝赔偿。
【分析】根据民法典第一千二百五十三条，建筑物上的搁置物、悬挂物发生脱落、坠落造成他人损害，所有人、管理人或者使用人不能证明自己没有过错的，应当承担侵权责任。纱窗属于建筑物上的附着物，住户对其负有日常检查、维护的义务。本案中，纱窗卡扣早已松动，住户未及时修理，难以证明自己没有过错。
⟦w 家里东西坠落伤人伤车怎么办？点击右侧免费咨询衡正律师⟧
【结果】经法院调解，住户赔偿车主修车费二千八百元。
【提示】大风天气来临前，请检查纱窗卡扣是否牢固，老旧纱窗及时更换。
""",
    ),
    dict(
        slug="lawfirm-mingheng-letter-hotel-pillow-towels",
        site="湋川明衡律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.mingheng-lawyer.example-firm.cn/news/tishi/88.html",
        title="关于酒店客房枕巾重复使用问题的法律风险提示函",
        record_title="〔律师函件〕关于酒店客房枕巾重复使用问题的法律风险提示函｜湋川明衡律师事务所",
        date="2024-04-26",
        notes="law firm as text: a 400 line and a consult prompt; the letter's own date under the "
        "signature; 特此函告",
        page="""
!m 湋川明衡律师事务所　　以专业守护信任
!m 首页 → 律师实务 → 风险提示
!t 〔律师函件〕关于酒店客房枕巾重复使用问题的法律风险提示函
!m 发布者：明衡律所　　浏览：211
{T}
{BODY}
!w 企业法律顾问服务咨询：400-118-6022（工作日 8:30-18:00）
!a 分享到微信　　复制本文链接
!d 本文仅供参考，具体问题请以律师的正式意见为准。
!m 湋川明衡律师事务所 版权所有　湘ICP备21004471号
""",
        body="""
棶水县旅游饭店协会：
近期，贵会多家会员单位向本所咨询客房枕巾未按规定更换引发投诉的法律问题。经研究，现就有关风险提示如下：
一、根据住宿业卫生规范，客房床上用品应当一客一换。未更换枕巾即接待新客人，可能被认定为不符合卫生标准，面临卫生监督部门的行政处罚。
二、客人因此提出投诉或索赔的，酒店可能需要承担退还房费、赔偿损失等民事责任；经媒体曝光的，还会影响企业声誉。
三、建议会员单位建立布草更换记录，撤换的枕巾和新铺的枕巾分袋存放，并对员工开展专项培训。
特此函告。
湋川明衡律师事务所
2024年4月26日
""",
    ),
    dict(
        slug="community-beiyuan-screen-group-buy-scan-signup",
        site="棓园社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.beiyuan-sq.example-gov.cn/tzgg/2024/0528/145.html",
        title="关于组织居民集中团购更换纱窗的通知",
        record_title="【邻里实事】关于组织居民集中团购更换纱窗的通知｜棓园社区网",
        date="2024-05-28",
        date_also=["2024-05-29"],
        notes="residents' site: weather line, a grid worker's box, property repair and night lines beside "
        "the community's own 咨询电话; numbered list; 扫码报名 as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【邻里实事】关于组织居民集中团购更换纱窗的通知｜棓园社区网</title>
<link rel="stylesheet" href="/css/sq.css">
</head><body>
<div class="top">⟦m 棓园社区网⟧ <span>⟦m 今日：雷阵雨转多云　22～29℃⟧</span></div>
<div class="nav">⟦m 首页　社区公告　办事指南　邻里活动　党建引领⟧</div>
<div class="pos">⟦m 首页 &gt; 社区公告⟧</div>
<div class="main"><h1>{T}</h1>
<div class="meta">⟦m 发布：社区居委会　2024-05-29　阅读 902⟧</div>
<div class="con">
{BODY}
</div></div>
<div class="side">
<div class="grid">⟦m 我的网格员：第三网格 龙小溪　手机 13907311846⟧</div>
<div class="wy">⟦m 物业报修：0731-8469300　夜间值班：0731-8469311⟧</div>
</div>
<div class="foot">⟦m 主办：棓园社区居民委员会　技术支持：氿湖区智慧社区平台⟧</div>
</body></html>
""",
        body="""
各位居民：
入夏以来，不少居民反映家中纱窗破损、找不到靠谱的师傅。经居民议事会商议，社区联系了两家有资质的门窗企业，组织居民集中团购更换纱窗。现将有关事项通知如下：
1.价格：不锈钢纱网连安装每平方米95元，推拉式纱窗框另计，价格在社区公告栏公示。
2.报名：请扫描公告栏上的二维码报名，或到社区服务站登记，报名截止时间为6月10日。
3.安装：企业统一安排上门测量，安装完成后由住户签字验收，保修两年。
4.社区不收取任何费用，如有人以社区名义收费，请立即举报。
咨询电话：0731-8469205（社区服务站）
棓园社区居民委员会
2024年5月28日
""",
    ),
    dict(
        slug="community-tingqian-pledge-stairwell-news-racks",
        site="町前社区服务网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://tingqian.example-sq.cn/changyi/2024/07/03.html",
        title="爱护楼道报刊架倡议书",
        record_title="【楼栋文明公约】爱护楼道报刊架倡议书 - 町前社区服务网",
        date="2024-07-03",
        notes="residents' site as text: a grid worker's line, a volunteer sign-up prompt between "
        "paragraphs; 成文日期 under the signature",
        page="""
!m 町前社区服务网　　家门口的服务站
!m 首页 / 社区动态 / 倡议书
!t 【楼栋文明公约】爱护楼道报刊架倡议书
!m 发布：町前社区　　阅读：340
{T}
{BODY}
!l 上一篇：町前社区夏季防溺水安全提示
!l 下一篇：社区“四点半课堂”七月课表
!m 网格员值班手机：13873160258　　物业客服：0731-8520017
!m 町前社区居民委员会主办
""",
        body="""
亲爱的居民朋友们：
今年春天，社区在十六个楼栋的一楼大厅安装了报刊架，摆放社区报、党报和居民捐赠的旧杂志，方便大家下楼时随手翻阅。
几个月下来，报刊架成了不少老人和孩子喜欢的小角落，可也出现了一些不文明现象：有人把报纸拿回家不还，有人在架子上堆放快递纸箱，还有孩子在报刊架上攀爬。
⟦a 想当楼栋报刊架志愿管理员？点这里报名⟧
为此，我们倡议：
一、看完的报刊请放回原处，想带回家细读的，读完请及时送回。
二、不在报刊架上堆放杂物、张贴小广告。
三、家长看护好孩子，不让孩子攀爬报刊架。
四、家中有闲置的书报，欢迎送到楼栋报刊架与邻居分享。
让我们一起把这个小角落守护好！
町前社区居民委员会
2024年7月3日
""",
    ),
]
