"""holdout239, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text page each).

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-qinhu-plates-mess-jammer-subject",
        site="骎湖论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.qinhu.cc/thread-915520-1-1.html",
        title="我们小区的门牌号到底是怎么编的？",
        record_title=None,
        date=None,
        notes=(
            "county forum without a record title (the thread subject); jammer fonts; weather line, medals, "
            "a 转交职能部门 link and a decoration ad; 前天 is no date"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk"><title>骎湖论坛 - 骎湖人的网上家园</title>
<style>.jammer{display:none}</style></head><body>
<div class="qh-top">⟦m 骎湖论坛⟧ ⟦m 今日骎湖：多云 19~27℃⟧ <a>⟦a 注册⟧</a> <a>⟦a 登录⟧</a></div>
<div class="qh-nav">⟦m 论坛首页 › 民生热线 › 小区物业⟧</div>
<div class="qh-ad">⟦a 【广告】骎湖整装旧房翻新，88元/㎡起，电话0736-7871188⟧</div>
<table class="qh-post"><tr>
<td class="qh-user"><p>⟦m 柳荫路住户⟧</p><p>⟦m 勋章：热心市民　帖子 88⟧</p></td>
<td class="qh-main">
<h2 id="thread_subject">{T}</h2>
<div class="qh-time">⟦m 发表于 前天 21:47　|　查看 2204　回复 61⟧</div>
<div class="qh-msg">
{BODY}
</div>
<div class="qh-gov">⟦l 本帖已转交：骎湖区民政局　查看官方回复 ›⟧</div>
<div class="qh-op">⟦a 支持 48　反对 0　收藏　举报⟧</div>
</td></tr></table>
<div class="qh-reply"><p>⟦l 2楼 阿凯：我们隔壁小区也一样，外卖天天送错⟧</p><p>⟦l 3楼 骎湖小编：已帮你@区民政局，等回复⟧</p></div>
<div class="qh-ft">⟦m 骎湖论坛 qinhu.cc　湘ICP备13004420号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
住在骎湖区柳荫路这边的小区快五年了，门牌号一直是个糊涂账。
我家是7栋2单元，可快递员经常送到隔壁小区的7栋去，因为两个小区用的是同一个路名，楼栋号也一样。更离谱的是，小区东门的门牌写的是柳荫路18号，西门写的却是柳荫路26号，导航一搜两个位置。
上个月家里老人突发急病，叫了救护车，司机在小区外面转了十几分钟才找到我们这栋。那十几分钟，我现在想起来都后怕。
问过物业，物业说门牌是民政部门管的，他们做不了主；打电话问社区，社区让我们等统一整治。想问问坛友，有没有遇到过类似情况的，最后是怎么解决的？
""",
    ),
    dict(
        slug="localforum-canling-tower-outage-junk-text",
        site="骖岭论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.canlingbbs.com/thread-330718-1-1.html",
        title="桅口镇北山信号塔坏了半个月，什么时候能修好？",
        record_title="[民生诉求] 桅口镇北山信号塔坏了半个月，什么时候能修好？ - 网络问政 - 骖岭论坛",
        date=None,
        notes="county forum as text: junk lines and junk glued after 。; 2 天前 is no date; an official-reply prompt",
        page="""
!m 骖岭论坛 › 网络问政 › 民生诉求
!t [民生诉求] 桅口镇北山信号塔坏了半个月，什么时候能修好？
!m 北山笋农　发表于 2 天前　|　阅读 967　回复 18
{BODY}
!l 【问政状态】已受理，等待职能部门答复
!l 沙发：同是北山的，前天晚上打120都打不出去
!l 板凳：帮顶，这事得抓紧
!a 回帖请先登录，游客仅可浏览
!m 骖岭论坛　网站备案：湘ICP备12009831号
""",
        junk=dict(lines=2, glued=2),
        body="""
各位坛友好，我是桅口镇北山村的，想借论坛反映个事。
我们村后山上的信号塔，从本月初开始就时好时坏，最近一个星期干脆一格信号都没有了。村里老人多，子女都在外地，电话打不进来，急得不行。村里几家开网店卖笋干的，订单也接不了。
我们打过运营商客服电话，客服说已经登记，会安排维修，可半个月过去了也没见人来。听说是塔上的设备被雷击坏了，要等配件。
希望有关部门帮忙催一催，至少给个修好的时间。也请在桅口镇的坛友说说，你们那边信号怎么样？
""",
    ),
    dict(
        slug="download-ruanku-rules-blinds-install-doc-table",
        site="软库资料站 (invented download station, old table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.ruanku8.com/soft/anquan/21976.html",
        title="百叶窗安装作业安全操作规程",
        record_title="百叶窗安装作业安全操作规程.doc",
        date=None,
        notes=(
            "old download station: file-info table, three download links, an unzip password and a dead-link "
            "report; a rule with 第N条 articles that speak of 扫码/打印 as content (no date)"
        ),
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>百叶窗安装作业安全操作规程.doc_软库资料站</title>
</head><body>
<table width="950" align="center"><tr><td>⟦m 软库资料站⟧　⟦m 资料多 · 下载快 · 无插件⟧</td></tr>
<tr><td>⟦m 首页 | 安全资料 | 合同范本 | 行业标准 | 表格下载⟧</td></tr>
<tr><td>⟦m 当前位置：软库资料站 → 安全资料 → 操作规程⟧</td></tr></table>
<table width="950" align="center" border="1" cellspacing="0">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：34 KB⟧</td><td>⟦m 资料格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-06⟧</td><td>⟦m 下载次数：1862⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 运行环境：Office/WPS⟧</td></tr>
<tr><td colspan="2">⟦m 资料简介：⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址一：电信高速⟧　⟦a 下载地址二：联通高速⟧　⟦a 下载地址三：备用线路⟧</td></tr>
<tr><td colspan="2">⟦d 解压密码：www.ruanku8.com⟧</td></tr>
<tr><td colspan="2">⟦a 下载不了？点此报告失效链接⟧</td></tr>
</table>
<table width="950" align="center"><tr><td>⟦d 软库资料站所收资料均来自网络，仅供参考，请于下载后24小时内删除⟧</td></tr>
<tr><td>⟦m Copyright 2008-2025 ruanku8.com 晋ICP备08100472号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
第一条　为规范百叶窗安装作业，防止高处坠落和物体打击事故，制定本规程。
第二条　安装人员须经安全培训合格后上岗，作业前应扫码登录公司安全平台完成当日安全交底。
第三条　在二层及以上窗口作业时，必须系挂安全带，安全带应高挂低用，严禁将身体探出窗外作业。
第四条　使用电钻打孔前，应确认墙内无暗埋电线和水管；作业时应佩戴护目镜。
第五条　百叶窗拉绳、珠链须安装安全固定器，绳端离地高度不得低于1.6米，安装完成后应向客户说明儿童安全注意事项。
第六条　作业结束后应清理现场，将工单打印交客户签字确认。
第七条　本规程自发布之日起施行，由公司安全管理部负责解释。
""",
    ),
    dict(
        slug="download-wendou-summary-silicone-straps-wps",
        site="文兜下载 (invented download station)",
        style="资料下载站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.wendouxz.com/down/885104.html",
        title="硅胶表带车间2024年度工作总结",
        record_title="硅胶表带车间2024年度工作总结.wps",
        date="2025-01-10",
        notes="file-name record title; download-page chrome around a summary with 成文日期; a preview note between paragraphs",
        page="""
!m 文兜下载 — 办公文档免费下
!m 文兜下载 > 办公文档 > 工作总结 > 车间总结
!t 硅胶表带车间2024年度工作总结.wps
!m 文件大小：26KB　｜　格式：WPS文字　｜　添加时间：2025-02-11　｜　下载：407
!m 文档预览：
{BODY}
!a 〖本地下载〗　〖网盘下载〗
!d 提示：资料由网友提交，文兜下载仅作收录，若有侵权请联系删除。
!l 同类下载：冲压车间年终总结.doc　注塑车间工作总结.wps
""",
        body="""
2024年，硅胶表带车间在公司的领导下，围绕“提质量、降成本、保交期”目标，较好完成了全年各项任务。
一、主要成绩
全年生产硅胶表带286万条，同比增长21%；产品一次交验合格率由96.2%提升到98.5%；原料损耗率下降1.3个百分点，节约成本约37万元；全年未发生安全事故。
⟦a （预览仅显示部分格式，下载后排版更完整）⟧
二、主要做法
一是改进模具，新开快拆款表带模具9套，缩短换模时间40%；二是推行首件确认和巡检签字制度，质量问题可追溯到人；三是开展技能比武，评出操作能手6名。
三、存在不足
硫化工序温控仍靠人工经验，夏季产品气泡率偏高；新员工流动较大，培训跟不上。
四、2025年打算
引进自动温控硫化机2台，建立新员工“师带徒”制度，力争合格率达到99%。
硅胶表带车间
2025年1月10日
""",
    ),
    dict(
        slug="exam-aocheng-tower-skill-notice-timetable",
        site="骜城人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://rsks.aocheng.gov.cn/zyjn/202507/t20250728_5512.html",
        title="关于开展2025年通信铁塔维护员职业技能等级认定的通知",
        record_title="【认定公告】关于开展2025年通信铁塔维护员职业技能等级认定的通知｜骜城人事考试网",
        date="2025-07-28",
        notes=(
            "personnel-exam site: maintenance banner, an entry float, a technical line beside the centre's own "
            "咨询电话 in the body; a timetable one row a paragraph; 下载并打印准考证 as content"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【认定公告】关于开展2025年通信铁塔维护员职业技能等级认定的通知｜骜城人事考试网</title></head><body>
<div class="notice-bar">⟦d 系统公告：本站将于每周日凌晨1:00—5:00进行升级维护，期间暂停报名⟧</div>
<div class="ks-head">⟦m 骜城人事考试网⟧ <span>⟦m 骜城市人事考试中心⟧</span></div>
<div class="ks-nav">⟦m 首页　考试动态　职业技能　成绩查询　证书领取⟧</div>
<div class="ks-loc">⟦m 当前：首页 ＞ 职业技能⟧</div>
<div class="ks-art"><h1>{T}</h1>
<div class="ks-info">⟦m 发布：2025-07-29　来源：市职业技能鉴定中心⟧</div>
<div class="ks-con">
{BODY}
</div></div>
<div class="ks-float"><a>⟦a 网上报名入口⟧</a><a>⟦a 准考证打印入口⟧</a><a>⟦a 成绩查询入口⟧</a></div>
<div class="ks-ft"><p>⟦m 网站技术咨询：0736-7602999（仅受理系统故障）⟧</p><p>⟦m 骜城市人事考试中心 主办　滇ICP备12003390号⟧</p></div>
</body></html>
""",
        body="""
各有关单位、各位考生：
根据年度职业技能等级认定工作安排，现将2025年通信铁塔维护员职业技能等级认定有关事项通知如下。
一、认定等级：四级（中级工）、三级（高级工）。
二、报名时间：2025年8月4日至8月15日，考生登录骜城市职业技能鉴定平台网上报名。
三、考核安排：
科目　时间　地点
理论知识　9月13日9:00—10:30　骜城技师学院
实操考核　9月14日8:30起　骜城铁塔实训基地
四、考生须于9月10日起自行下载并打印准考证，实操考核须自带安全帽、安全带和绝缘手套。
五、咨询电话：0736-7602185（市职业技能鉴定中心）。
骜城市人力资源和社会保障局
2025年7月28日
""",
        date_also=["2025-07-29"],
    ),
    dict(
        slug="exam-jichuan-plates-collector-written-record",
        site="骥川县人力资源和社会保障局网站 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsj.jichuan.gov.cn/kszp/202503/t20250331_1207.html",
        title="骥川县2025年门牌地址采集员招聘笔试公告",
        date="2025-03-31",
        notes="record title as is; 下载打印准考证 as content; the bureau's 咨询电话 in the body; joint signature and 成文日期",
        page="""
!m 骥川县人力资源和社会保障局
!m 首页 — 考试招聘 — 事业单位招聘
{T}
!m 来源：县人社局　编辑：考试股　字号：大 中 小
{BODY}
!a 打印　｜　关闭
!l 相关公告：骥川县2025年门牌地址采集员招聘公告
!m 网站主办：骥川县人力资源和社会保障局　地址：骥川县文昌路66号
""",
        indent="\u3000\u3000",
        body="""
根据《骥川县2025年门牌地址采集员招聘公告》，现将笔试有关事项公告如下：
一、笔试时间：2025年4月12日（星期六）上午9:00—11:00。
二、笔试地点：骥川县第一中学（县城文昌路3号）。
三、笔试内容：公共基础知识和地名门牌基础知识，满分100分。
四、考生须于4月8日至11日登录县人社局网站下载打印准考证，凭准考证和有效身份证件入场。
五、考生须提前30分钟到达考点，开考15分钟后不得入场。
六、根据笔试成绩，按招聘岗位1:3的比例确定进入面试人员，名单另行公告。
咨询电话：0736-7812370
骥川县人力资源和社会保障局
骥川县民政局
2025年3月31日
""",
    ),
    dict(
        slug="tender-pishan-inquiry-blinds-lots-ca",
        site="貔山公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="http://ggzy.pishan.gov.cn/jyxx/zfcg/cggg/202506/t20250606_22871.html",
        title="貔山县实验中学教室百叶窗采购项目询价公告",
        record_title="〖采购公告〗貔山县实验中学教室百叶窗采购项目询价公告 - 貔山公共资源交易网",
        date="2025-06-06",
        notes=(
            "tender portal: countdown, an attachment link and CA/trading-system lines beside the purchaser's and "
            "agency's own contacts; lots table one row a paragraph; 附件 line and 下载询价文件 as content"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖采购公告〗貔山县实验中学教室百叶窗采购项目询价公告 - 貔山公共资源交易网</title></head><body>
<div class="jy-top">⟦m 貔山公共资源交易网⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 主体注册⟧</a></div>
<div class="jy-nav">⟦m 首页　交易信息　政府采购　工程建设　服务指南⟧</div>
<div class="jy-path">⟦m 交易信息 / 政府采购 / 采购公告⟧</div>
<h3 class="jy-title">{T}</h3>
<div class="jy-info">⟦m 信息时间：2025-06-06　阅读次数：288⟧</div>
<div class="jy-count">⟦m 距响应截止还剩：13天 21时 04分⟧</div>
<div class="jy-con">
{BODY}
</div>
<div class="jy-att">⟦a 附件：询价文件（百叶窗）.zip　点击下载⟧</div>
<div class="jy-ft">
<p>⟦m CA数字证书办理：0739-5299011⟧</p>
<p>⟦m 交易系统运维：0739-5299022⟧</p>
<p>⟦m 貔山县公共资源交易中心 主办⟧</p>
</div>
</body></html>
""",
        body="""
项目编号：PSCG-2025-0417
一、项目名称：貔山县实验中学教室百叶窗采购项目
二、采购内容及预算：
包号　内容　数量　预算
1　铝合金手摇百叶窗（教学楼）　420樘　25.2万元
2　铝合金手摇百叶窗（实验楼）　160樘　9.6万元
三、供应商资格要求：具有独立承担民事责任的能力，近三年无重大违法记录；产品须提供阻燃及有害物质检测报告。
四、获取询价文件：2025年6月9日至6月13日，在貔山公共资源交易网下载询价文件。
五、响应文件提交截止时间：2025年6月20日9:30。
六、联系方式
采购人：貔山县实验中学　联系人：谭老师　电话：0739-5237716
代理机构：貔山县正衡招标代理有限公司　联系人：章工　电话：0739-5260358
附件：询价文件（百叶窗）
貔山县正衡招标代理有限公司
2025年6月6日
""",
    ),
    dict(
        slug="tender-canling-award-tower-power-record",
        site="骖岭县公共资源交易网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://ggzy.canling.gov.cn/zbgs/2025/0722/4418.html",
        title="骖岭县山区通信信号塔配套供电工程中标结果公告",
        record_date="2025-07-22",
        date="2025-07-22",
        notes="record title and date as is; award table one row a paragraph; purchaser and agency phones in the body",
        page="""
!m 骖岭县公共资源交易网
!m 首页 > 工程建设 > 中标结果
{T}
!m 发布日期：2025-07-22　浏览：165
{BODY}
!a 【打印公告】　【收藏】
!m 交易中心服务电话：0737-4400118　CA证书咨询：0737-4400119
!m 骖岭县公共资源交易中心 版权所有
""",
        body="""
一、项目编号：CLZB-2025-0093
二、项目名称：骖岭县山区通信信号塔配套供电工程
三、中标信息
标段　中标人　中标金额
一标段（麇田乡）　骖岭县恒远电力工程有限公司　187.4万元
二标段（桅口镇）　骜城市华澜建设有限公司　156.9万元
四、公告期限：自本公告发布之日起1个工作日。
五、其他补充事宜：各有关当事人对中标结果有异议的，可在公告期限届满之日起7个工作日内以书面形式提出质疑。
六、联系方式
采购人：骖岭县通信管理办公室　电话：0737-4410263
代理机构：骖岭县诚信项目管理有限公司　电话：0737-4438105
""",
    ),
    dict(
        slug="lawfirm-zhengyang-vane-fell-car-case",
        site="正扬律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.zhengyanglaw.cn/anli/qinquan/1127.html",
        title="屋顶风向标被风吹落砸坏车辆，谁来担责？",
        record_title="案例复盘丨屋顶风向标被风吹落砸坏车辆，谁来担责？｜正扬律师事务所",
        date=None,
        notes=(
            "law firm: lawyer card, consult float, a 400 line and a 本文链接 block; bracketed case headings "
            "stay in the body; a case note without a date"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>案例复盘丨屋顶风向标被风吹落砸坏车辆，谁来担责？｜正扬律师事务所</title></head><body>
<div class="lf-top">⟦m 正扬律师事务所⟧ <span>⟦m 专注侵权与物业纠纷⟧</span> <span>⟦w 法律咨询热线：400-613-7785⟧</span></div>
<div class="lf-nav">⟦m 首页　律所简介　律师团队　案例评析　法律文书⟧</div>
<div class="lf-path">⟦m 首页 » 案例评析 » 侵权责任⟧</div>
<h1>{T}</h1>
<div class="lf-meta">⟦m 作者：莫怀瑾律师　阅读：722⟧</div>
<div class="lf-con">
{BODY}
</div>
<div class="lf-link">⟦m 本文链接：https://www.zhengyanglaw.cn/anli/qinquan/1127.html⟧</div>
<div class="lf-card"><p>⟦w 莫怀瑾　执业证号1530120******　擅长：侵权、物业纠纷⟧</p><p>⟦w 扫码添加莫律师微信，免费初步评估⟧</p></div>
<div class="lf-float">⟦w 在线咨询⟧ ⟦w 电话咨询⟧</div>
<div class="lf-ft">⟦d 本站案例均经脱敏处理，仅供学习参考，不构成法律意见⟧ ⟦m 滇ICP备20008871号⟧</div>
</body></html>
""",
        body="""
【基本案情】
去年8月，骜城市某小区业主王某在自家别墅屋顶安装了一个铁艺风向标。今年台风过境时，风向标底座螺栓断裂，风向标被吹落，砸中停在路边的李某车辆，造成维修费用1.36万元。李某要求王某赔偿，王某以台风属不可抗力为由拒绝。
【法院观点】
法院审理认为，建筑物上的搁置物、悬挂物发生脱落、坠落造成他人损害，所有人或管理人不能证明自己没有过错的，应当承担侵权责任。台风虽属自然因素，但当地气象部门已提前两天发布预警，王某未对风向标采取加固或拆除措施，不能证明自己没有过错，判决王某赔偿李某全部损失。
【律师提示】
在屋顶安装风向标、招牌、空调外机等物品，应选择有资质的施工单位，定期检查固定件；台风、大风预警发布后，要及时加固或临时拆除。
""",
    ),
    dict(
        slug="lawfirm-mingheng-rental-blinds-answer-text",
        site="明衡律师网 (invented)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.minghenglaw.com/wenda/zulin/3307.html",
        title="租房时百叶窗坏了，房东和租客谁来修？",
        record_title="【律师答问】租房时百叶窗坏了，房东和租客谁来修？｜明衡律师网",
        date=None,
        notes="law firm Q&A as text: 问/答 lines stay in the body; a consult prompt glued after a 。; no date",
        page="""
!m 明衡律师网　·　房产租赁专栏
!m 首页 > 律师答问 > 房屋租赁
{T}
!m 解答律师：钟离岫　　浏览：1314
{BODY}
!w 遇到类似纠纷？明衡律师团队在线值守，微信：mingheng_lvshi
!l 相关问答：押金不退怎么办？｜房东提前收房要赔偿吗？
!m 明衡律师网　咨询电话：0871-6530772
""",
        body="""
问：我租的房子客厅百叶窗拉绳断了，叶片也掉了好几片，房东说是我用坏的，让我自己出钱修。这个钱该谁出？
答：这要分情况看。
一是看合同约定。如果租赁合同对维修责任有约定，按约定处理。
二是合同没有约定的，根据民法典的规定，出租人应当履行租赁物的维修义务。百叶窗属于房屋的附属设施，正常使用中自然老化、损坏的，应由房东维修。⟦w 点击一对一咨询租赁律师⟧
三是因承租人保管不善或使用不当造成损坏的，由承租人承担维修费用。比如拉扯过猛、孩子攀爬导致损坏，就属于这种情况。
建议你先拍照留存百叶窗现状，查看入住时的交接清单有无记载；与房东协商不成的，可以向租赁纠纷调解组织申请调解。
""",
    ),
]
