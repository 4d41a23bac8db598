"""holdout303, part D: local forums, download stations, personnel-exam sites, tender portals, law firms.

Every page, site, place, person, phone and URL here is invented; see ../README.md and
../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="localforum-sachuan-warped-plastic-basin-thread-subject",
        site="飒川在线 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.sachuan-online.com/thread-552018-1-1.html",
        title="菜市场门口买的洗脚盆一倒热水就变形，还一股怪味",
        record_title=None,
        date=None,
        notes="a county forum: no title in the record, the thread subject gives it; a weather line, medals, jammer-font junk, "
        "a 'pass to the department' link, a decoration ad with a QQ, a relative post time (2 小时前, no date)",
        page="""
<html><head><meta charset="gbk"><title>飒川在线 - 飒川人自己的论坛</title>
<style>.jammer{display:none}</style></head><body>
<div id="toptb">⟦m 飒川在线⟧ ⟦m 飒川 今天 晴 -3℃~6℃⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 飒川在线 › 民生投诉 › 正文⟧</div>
<div class="ad">⟦w 旧房翻新找老钱，免费上门量房 QQ 7734091⟧</div>
<table><tr><td class="pls"><p>⟦m 逶溪小刘⟧</p><p>⟦m 勋章：热心网友 爆料达人⟧</p></td>
<td class="plc"><h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 2 小时前 ｜ 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="zj"><a>⟦a 【转交有关部门】⟧</a> ⟦m 官方回复：已转镇市场监管所核实⟧</div>
<div class="po">⟦a 支持 反对 收藏 分享⟧</div></td></tr></table>
<div class="reply"><p>⟦l 沙发 老街坊：那个摊子上周还在卖塑料凳，也是一股味⟧</p><p>⟦l 板凳 阿秋：顶上去，让更多人看到⟧</p></div>
<div id="ft">⟦m 飒川在线 版权所有　举报电话：0899-2250110⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
上周六在逶溪镇菜市场门口的地摊上买了一只塑料洗脚盆，十五块钱，看着挺厚实。
昨晚倒上热水泡脚，没几分钟盆沿就软塌下去，盆底也鼓了起来，屋里还飘着一股刺鼻的塑料味，我赶紧把水倒了。
今天再去找摊主，人已经不在了。问旁边的商户，说是流动摊，卖完就走。
后来查了一下，这种盆很可能是用回收料做的，遇热会变形，还可能有有害物质。发帖提醒大家，买洗脚盆还是去正规超市，看看有没有厂名厂址和合格证。
有同样遭遇的朋友可以跟帖，我已经打了12345反映情况。
""",
    ),
    dict(
        slug="localforum-luochuan-repost-free-heat-packs-notice",
        site="荦川生活网 (invented county forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.luochuanlife.com/t/78120.html",
        title="关于为辖区65周岁以上老人免费发放中药热敷包的通知",
        record_title="[转帖] 关于为辖区65周岁以上老人免费发放中药热敷包的通知 - 家长里短 - 荦川生活网",
        date="2024-11-28",
        date_also=["2024-12-01"],
        notes="a county forum reposting a health centre's notice: the poster's note and the forum's 发表于 line above, the notice's "
        "own 咨询电话 beside the forum's service line; the notice's 成文日期 is expected, the post date also accepted",
        page="""
!m 荦川生活网 › 家长里短
!t [转帖] 关于为辖区65周岁以上老人免费发放中药热敷包的通知
!m 山那边的云　发表于 2024-12-1 09:12　｜　查看 2207　回复 31
!m 楼主附言：转自卫生院公众号，家里有老人的转告一下
{BODY}
!l 1楼　黝山人在外：给我妈领一个，谢谢楼主
!l 2楼　木槿花开：去年领过，效果还行
!a 快速回复　｜　返回列表
!m 荦川生活网客服：0894-6613300（9:00-18:00）
""",
        body="""
各村（社区）、广大居民：
为做好冬季老年人健康服务，黝山镇卫生院将于12月2日至12月20日，为辖区65周岁以上老人免费发放中药热敷包，每人一个。现将有关事项通知如下：
一、领取地点：镇卫生院中医馆一楼，或各村卫生室。
二、领取方式：本人或家属持老人身份证领取，现场登记。
三、使用提示：热敷包用微波炉中火加热2分钟，隔毛巾热敷，每次20分钟；皮肤破损、患糖尿病足的老人不宜使用。
咨询电话：0898-3390726（镇卫生院中医馆）。
黝山镇卫生院
2024年11月28日
""",
    ),
    dict(
        slug="download-caiyuan-cufflink-inspection-rules-doc",
        site="材源下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.caiyuan-down.com/soft/qiye/20817.html",
        title="袖扣成品检验规程",
        record_title="袖扣成品检验规程.doc",
        date=None,
        notes="an old download station: a file-info table (size, language, update stamp: no date), three download links, an "
        "unzip password, a dead-link report, a floating ghost-writer ad; rules with decimal headings 3.1–3.4 and no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>袖扣成品检验规程.doc - 材源下载站</title>
<script language="javascript">function bc(){}</script></head>
<body>
<table width="980" align="center"><tr><td>⟦m 材源下载站⟧</td><td>⟦m 资料多 下载快 不限速⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：材源下载站 → 企业管理 → 质量管理⟧</td></tr></table>
<table width="980" align="center" class="info">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：46 KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 资料类别：企业制度⟧</td><td>⟦m 更新时间：3 天前⟧</td></tr>
<tr><td>⟦m 运行环境：Word / WPS⟧</td><td>⟦m 资料评级：★★★★☆⟧</td></tr>
</table>
<table width="980" align="center"><tr><td class="jianjie">
{BODY}
</td></tr></table>
<table width="980" align="center" class="down"><tr>
<td><a href="#">⟦a 电信高速下载⟧</a></td><td><a href="#">⟦a 联通高速下载⟧</a></td><td><a href="#">⟦a 备用线路下载⟧</a></td></tr>
<tr><td colspan="3">⟦m 解压密码：www.caiyuan-down.com⟧</td></tr>
<tr><td colspan="3"><a href="#">⟦a 下载地址失效？点这里告诉站长⟧</a></td></tr></table>
<div style="position:absolute;left:0;top:300px">⟦w 质量手册、程序文件代编，QQ 5203317865⟧</div>
<table width="980" align="center"><tr><td>⟦d 本站资料均收集于互联网，仅供学习研究，请于下载后24小时内删除⟧<br>⟦m Copyright 2009-2025 材源下载站⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
1 适用范围：本规程适用于本公司生产的铜质、银质和不锈钢袖扣成品的出厂检验。
2 抽样：每批按千分之五随机抽样，不足200对的抽取1对。
3 检验项目
3.1 外观：镀层均匀，无起泡、露底、划痕，珐琅面无气孔、裂纹。
3.2 尺寸：扣面直径偏差不超过0.2毫米。
3.3 功能：活动杆转动灵活，连续开合50次不松脱。
3.4 耐腐蚀：每月抽取3对做24小时盐雾试验，不得出现锈点。
4 判定：全部项目合格判为合格；有一项不合格的，加倍抽样复检，仍不合格的整批返工。
5 记录：检验员如实填写成品检验记录，记录保存三年。
""",
    ),
    dict(
        slug="download-wencai-report-tie-clip-workshop-director",
        site="文材下载站 (invented)",
        style="资料下载站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.wencaixz.com/shuzhi/2025/0115/9184.html",
        title="领带夹车间主任2024年度述职报告",
        record_title="领带夹车间主任2024年度述职报告（doc格式·秒下） - 文材下载站",
        date="2025-01-10",
        notes="a download station as text: file size, points and format lines, a download-links row and a 'link broken?' "
        "prompt; a 述职报告 with 述职人 and date lines at the end",
        page="""
!m 文材下载站 — 找材料，来文材
!m 文材下载站 > 述职报告 > 企业
!t 领带夹车间主任2024年度述职报告（doc格式·秒下）
!m 格式：doc　大小：31KB　需要积分：2　上架：2025-01-15
!a 【本地下载】【网盘下载】【加入下载篮】
{BODY}
!a 链接打不开？给站长留言
!l 下载了本文的人还下载了：生产车间班组长述职报告3篇
!d 资料来源于网友投稿，版权归原作者，侵权请联系删除
""",
        body="""
各位领导、同事们：
2024年，我担任领带夹车间主任，带领全车间42名员工完成各项生产任务，现将履职情况报告如下。
一、完成生产任务。全年生产领带夹230万枚，完成计划的104%；新开发磁吸式、刻字式领带夹两个系列，客户反馈良好。
二、抓好安全和质量。全年车间未发生安全事故；产品一次合格率98.9%，比上年提高0.7个百分点。
三、带好员工队伍。组织技能培训12次，3名员工取得中级工证书。
不足之处是新品开发速度还不够快，设备保养有时不及时。2025年，我将认真改进。
述职人：邵明远
2025年1月10日
""",
    ),
    dict(
        slug="exam-xianling-interview-no-tie-clips-ticket-float",
        site="霰岭人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.xlrsks.cn/kwgg/2024/1210/336.html",
        title="关于2024年下半年事业单位公开招聘面试有关事项的公告",
        record_title="〔面试通知·考生务必细读〕关于2024年下半年事业单位公开招聘面试有关事项的公告_霰岭人事考试网",
        date="2024-12-10",
        notes="a personnel-exam site: a maintenance banner, an interview-notice float, the exam centre's 咨询电话 in the body "
        "beside the site's technical line; sentences about downloading and printing the interview notice and about tie clips "
        "and cufflinks that may not be worn are content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔面试通知·考生务必细读〕关于2024年下半年事业单位公开招聘面试有关事项的公告_霰岭人事考试网</title></head><body>
<div class="banner">⟦d 系统维护通知：12月14日22:00至次日6:00暂停报名查询服务⟧</div>
<div class="hd">⟦m 霰岭人事考试网⟧ <span>⟦m 霰岭县人事考试中心⟧</span></div>
<div class="nav"><a>⟦m 首页⟧</a> <a>⟦m 考务公告⟧</a> <a>⟦m 成绩查询⟧</a> <a>⟦m 政策法规⟧</a></div>
<div class="pos">⟦m 首页 &gt; 考务公告 &gt; 事业单位招聘⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布：2024-12-10 10:00　来源：考试中心⟧</div>
<div class="con">
{BODY}
</div>
<div class="float-right"><a>⟦a 面试通知书打印入口⟧</a></div>
<div class="rel"><p>⟦l 相关公告：2024年下半年事业单位公开招聘笔试成绩⟧</p></div>
<div class="ft">⟦m 网站技术支持：0896-5530200⟧<br>⟦m 霰岭县人事考试中心　黔ICP备15009931号⟧</div>
</body></html>
""",
        body="""
各位考生：
霰岭县2024年下半年事业单位公开招聘面试定于12月21日举行，现将有关事项公告如下：
一、请于12月16日9:00至12月20日17:00登录本网站下载并打印面试通知书，用A4纸打印。
二、考生须携带面试通知书和有效身份证件，于当天7:30前到达候考室。
三、考生不得穿着制服，不得佩戴领带夹、袖扣、徽章等带有明显标识的饰品，违者按违纪处理。
四、候考期间，考生的手机等通讯工具由工作人员统一保管。
咨询电话：0896-5530119（县人事考试中心，工作日）。
霰岭县人事考试中心
2024年12月10日
""",
    ),
    dict(
        slug="exam-luochuan-care-worker-skills-test-timetable",
        site="荦川人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.lcrsks.com/gg/2025/0506/145.html",
        title="关于养老护理员技能测试时间安排的公告",
        date="2025-05-06",
        notes="the record gives the title; an exam site's text page: a timetable (one session a paragraph), basins and towels "
        "provided by the test site, a sentence about downloading admission tickets; an exam-help line",
        page="""
!m 荦川人事考试网
!m 首页 >> 招聘公告 >> 事业单位
{T}
!m 来源：县人事考试中心　　时间：2025-05-06　　浏览：1288
!a 【收藏本页】【打印公告】
{BODY}
!l 上一篇：荦川县2025年社会福利院招聘岗位表
!a 考生登录　｜　准考证打印　｜　成绩查询
!m 考务咨询：0894-6619001　　技术支持：0894-6619002
""",
        body="""
各位考生：
2025年县社会福利院养老护理员招聘技能测试定于5月17日在县社会福利院实训楼进行，测试项目为老人足部清洁护理。现将时间安排公告如下：
场次　时间　准考证号
第一场　8:30—10:00　2501001—2501020
第二场　10:30—12:00　2501021—2501040
第三场　14:30—16:00　2501041—2501058
测试所需洗脚盆、毛巾、水温计等用品由考点统一提供，考生不得自带。请考生于5月12日起登录本网站下载准考证。
荦川县人事考试中心
2025年5月6日
""",
    ),
    dict(
        slug="tender-xianyuan-heat-pack-bid-result-lots",
        site="莶原县公共资源交易网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.xianyuan.gov.cn/jyxx/zfcg/zbgg/20250227/5512.html",
        title="莶原县中医院中药热敷袋采购项目中标结果公告",
        record_title="【采购结果·公示期】莶原县中医院中药热敷袋采购项目中标结果公告 - 莶原县公共资源交易网",
        record_date="2025-02-27",
        date="2025-02-27",
        notes="a tender portal: the record gives the date; lots as a table (one lot a paragraph), purchaser and agency contacts "
        "in the body beside the CA and trading-system lines; a 公告日期 line in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【采购结果·公示期】莶原县中医院中药热敷袋采购项目中标结果公告 - 莶原县公共资源交易网</title></head><body>
<div class="top">⟦m 莶原县公共资源交易网⟧ <a>⟦a 交易主体登录⟧</a> <a>⟦a CA证书办理⟧</a></div>
<div class="nav"><a>⟦m 首页⟧</a> <a>⟦m 交易信息⟧</a> <a>⟦m 政府采购⟧</a> <a>⟦m 工程建设⟧</a> <a>⟦m 服务指南⟧</a></div>
<div class="loc">⟦m 当前位置：交易信息 &gt; 政府采购 &gt; 中标公告⟧</div>
<h3>{T}</h3>
<div class="meta">⟦m 信息时间：2025-02-27　阅读次数：219⟧</div>
<div class="ewb-info">
{BODY}
</div>
<div class="share">⟦a 打印本公告⟧ ⟦a 关闭窗口⟧</div>
<div class="foot"><p>⟦m CA证书服务热线：400-880-3317⟧　⟦m 交易系统技术支持：0893-4450099⟧</p>
<p>⟦m 主办单位：莶原县公共资源交易中心⟧</p></div>
</body></html>
""",
        body="""
一、项目编号：XYZC-2025-0113
二、项目名称：莶原县中医院中药热敷袋采购项目
三、中标信息：
包号　品目　中标供应商　中标金额
1　艾草热敷袋（3000个）　戢川县杏苑医疗用品有限公司　41700元
2　电热理疗热敷袋（200个）　孚阳区康衍医疗器械经营部　36800元
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：莶原县中医院，联系人：贺老师，电话：0893-4417021。
代理机构：莶原县正衡招标代理有限公司，联系人：严工，电话：0893-4438860。
公告日期：2025年2月27日
""",
    ),
    dict(
        slug="tender-cuyang-bus-tie-clip-inquiry-items",
        site="徂阳阳光采购平台 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="https://cg.cuyang-ygcg.com/xunjia/2025/0324/7790.html",
        title="徂阳公交集团驾驶员制服领带夹采购询价公告",
        record_title="徂阳公交集团驾驶员制服领带夹采购询价公告_询价采购_徂阳阳光采购平台",
        date="2025-03-24",
        notes="a procurement platform as text: a countdown line, an items table, the purchaser's contact in the body beside the "
        "platform's hotline; downloading the inquiry file is content; a 成文日期 under the purchaser's name",
        page="""
!m 徂阳阳光采购平台
!m 首页 / 询价采购 / 公告详情
{T}
!m 发布日期：2025-03-24　　报价截止：2025-03-28 17:00
!a 距报价截止还剩 3 天 06 小时
{BODY}
!a 我要报价　｜　收藏项目
!m 平台客服热线：400-606-8125
!d 本平台仅提供信息发布服务，采购结果以采购人公告为准
""",
        body="""
一、采购人：徂阳市公共交通集团有限公司
二、采购内容：
序号　品名　规格　数量
1　领带夹　不锈钢拉丝，长55毫米，正面激光刻集团标志　1600枚
2　包装盒　黑色绒面单枚盒　1600个
三、供应商资格：具有独立承担民事责任的能力，近三年内无重大违法记录。
四、报价要求：请于2025年3月28日17时前在本平台下载询价文件，按要求填写报价单，密封后送至集团采购部。
五、联系人：乔工，电话：0895-7713508。
徂阳市公共交通集团有限公司
2025年3月24日
""",
    ),
    dict(
        slug="lawfirm-mingheng-case-warmer-seven-day-return",
        site="明衡律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.mingheng-law.com/anli/xiaofei/512.html",
        title="拆封试用过的怀炉，能不能七天无理由退货",
        record_title="说案断理 ▸ 拆封试用过的怀炉，能不能七天无理由退货 ｜ 明衡律所",
        date=None,
        notes="a law firm's case note: a lawyer card, a consult float, a 400 line, a 本文链接 block and a repost notice; "
        "bracketed section heads in the body; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>说案断理 ▸ 拆封试用过的怀炉，能不能七天无理由退货 ｜ 明衡律所</title></head><body>
<div class="hd">⟦m 明衡律师事务所⟧ <span>⟦m 明法度 衡公义⟧</span> ⟦m 全国咨询：400-915-6160⟧</div>
<div class="nav"><a>⟦m 首页⟧</a> <a>⟦m 律所介绍⟧</a> <a>⟦m 专业领域⟧</a> <a>⟦m 说案断理⟧</a> <a>⟦m 联系我们⟧</a></div>
<h1>{T}</h1>
<div class="author">⟦m 作者：聂书衡 律师　分类：消费者权益⟧</div>
<div class="article">
{BODY}
</div>
<div class="card">⟦m 聂书衡　执业证号 15207201811640093　擅长：消费纠纷、网络交易⟧</div>
<div class="link">⟦m 本文链接：https://www.mingheng-law.com/anli/xiaofei/512.html⟧</div>
<div class="repost">⟦d 未经本所书面许可，请勿转载本文⟧</div>
<div class="float">⟦w 遇到类似纠纷？免费问律师⟧</div>
<div class="ft">⟦m 明衡律师事务所 版权所有　地址：徂阳市中山路77号⟧</div>
</body></html>
""",
        body="""
【案情】市民刘女士在网店买了一只充电式怀炉，收货后拆开包装充电试用了一晚，觉得发热不均匀，第三天申请七天无理由退货。商家以“已拆封使用”为由拒绝。
【争议】商家认为，怀炉属于贴身使用的商品，拆封后影响二次销售，不适用七天无理由退货。
【评析】消费者为检查商品而拆封、试用，是正常的查验行为。怀炉不属于法律规定的不适用无理由退货的商品，只要商品完好、不影响再次销售，商家应当退货，但可以要求消费者承担退回的运费。
【提醒】消费者试用时应保留好包装和配件，商家也应在页面显著位置写明退货规则。
""",
    ),
    dict(
        slug="lawfirm-hengxin-letter-counterfeit-tie-clips-cn-date",
        site="衡信律师事务所 (invented)",
        style="律所网站",
        genre="律师函",
        kind="letter",
        form="text",
        source="http://www.hengxin-lvshi.cn/wenshu/2025/0110/88.html",
        title="关于停止销售仿冒“鸿仪”牌领带夹的律师函",
        record_title="律师函选登 ▸ 关于停止销售仿冒“鸿仪”牌领带夹的律师函 - 衡信律所",
        date="2025-01-08",
        notes="a law firm's text page publishing a lawyer's letter: a ×× addressee placeholder, the lawyer's own contact line "
        "beside the firm's consult line, a date in Chinese numerals under the signature",
        page="""
!m 衡信律师事务所　|　知识产权 · 商事争议
!m 首页 › 律师函选登
{T}
!m 发布：衡信律所　阅读 754
{BODY}
!w 商标被仿冒了怎么办？衡信律师在线解答，电话 0897-6620000
!l 相关文书：关于停止使用侵权店铺名称的律师函
!d 本页文书已隐去当事人信息，仅供参考
!m © 衡信律师事务所
""",
        body="""
××网店经营者：
衡信律师事务所接受鸿仪服饰配件有限公司（以下简称“委托人”）的委托，就贵店销售仿冒“鸿仪”牌领带夹一事，致函如下：
委托人依法享有“鸿仪”注册商标专用权。经委托人调查，贵店自2024年10月起销售标有“鸿仪”字样的领带夹，该商品并非委托人生产，已构成商标侵权。
为此，本律师郑重要求贵店：一、自收到本函之日起立即停止销售上述商品；二、于七日内书面告知销售数量和进货渠道。
如贵店置之不理，委托人将依法追究贵店的法律责任。
联系人：庞律师，电话：0897-6620415。
衡信律师事务所
律师：庞景行
二〇二五年一月八日
""",
    ),
]
