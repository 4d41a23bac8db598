"""holdout311, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站. Invented text, written by hand; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="localforum-meishui-stairwell-shoe-benches-jammer",
        site="浼水在线 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.meishui-online.com/thread-512907-1-1.html",
        title="楼道里摆满换鞋凳，消防通道还能走吗？",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; county forum with a weather line, medals, an ad line, an official-reply link "
        "and jammer fonts; 发表于 5 小时前 is no date",
        page="""
<html><head><meta charset="utf-8">
<title>浼水在线 - 浼水人的网上家园</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="static/js/forum_viewthread.js?v=m8Q"></script>
</head><body>
<div id="hd">⟦m 浼水在线⟧ ⟦m 浼水　今天 多云 19~27℃⟧ <a>⟦a 手机扫码登录⟧</a></div>
<div id="nv">⟦m 首页⟧ ⟦m 浼水杂谈⟧ ⟦m 房产家居⟧ ⟦m 二手集市⟧ ⟦m 问政直通车⟧</div>
<div id="pt">⟦m 浼水在线 › 浼水杂谈 › 民生吐槽⟧</div>
<div class="ad">⟦w 碉湾装修找老阚，全包半包都能谈 139 7741 2086⟧</div>
<table class="plhin"><tr>
<td class="pls"><p>⟦m 锅盔配豆浆⟧</p><p>⟦m 勋章：热心邻居 十年老坛友⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 5 小时前　｜　只看楼主　｜　电梯直达⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 回复　引用　举报　转给有关部门⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发 · 碉湾小陈：我们楼也一样，鞋架都摆到电表箱前了⟧</div>
<div class="reply">⟦l 板凳 · 浼水小李子：顶，支持楼主⟧</div>
<div class="official">⟦l 问政直通车：本帖已转交属地街道，等待官方回复⟧</div>
<div id="ft">⟦m 浼水在线 meishui-online.com　桂ICP备15008917号-1　站务QQ群：513 220 697⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
我住碉湾镇槐荫小区7栋，楼道本来就窄。这半年好几户在自家门口摆了换鞋凳，有的还带鞋柜，一摆就是半个楼道。
前天晚上楼下电动车冒烟，大家往下跑。三楼拐角那张换鞋凳把人绊了一跤，幸亏没出大事。
换鞋凳放家里玄关不行吗？楼道是公共通道，不是谁家的门厅。我跟物业反映过两次，物业说只能劝，不能搬。
想问问论坛里懂行的朋友，这种情况能不能找消防部门？也希望有换鞋凳的邻居自觉挪一挪，大家出入都安全。
""",
    ),
    dict(
        slug="localforum-jiling-repost-feed-bucket-recycling-junk",
        site="墼岭在线 (invented, county forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jiling-zaixian.com/forum.php?mod=viewthread&tid=93311",
        title="隋家坝村关于回收废旧饲料桶的通知",
        record_title="[村务转发] 隋家坝村关于回收废旧饲料桶的通知 - 爿溪乡村事 - 墼岭在线",
        date="2024-05-06",
        date_also=["2024-05-09"],
        notes="a village notice reposted on a county forum with junk lines and junk glued after 。; the post date differs from the 成文日期",
        page="""
!m 墼岭在线 — 墼岭人自己的论坛
!m 墼岭在线 » 乡镇版块 » 爿溪乡村事
!t [村务转发] 隋家坝村关于回收废旧饲料桶的通知
!m 爿溪老隋　发表于 2024-5-9 19:32　｜　查看 741　回复 12
!m 村里大喇叭念过了，怕有人没听见，发上来大家看看
{BODY}
!a 本帖被 管理员 加入“乡镇通知”专辑
!l 回复　支持(8)　反对(0)
!l 沙发：隋家坝老五 — 农药桶要单独交，记住了
!m 墼岭在线　手机版　｜　Archiver　｜　站长QQ 700 312 885
""",
        junk=dict(lines=1, glued=2),
        body="""
各村民小组、各养殖户：
为防止废旧饲料桶随意丢弃污染环境，村委会决定开展废旧饲料桶集中回收。现将有关事项通知如下。
一、回收时间：5月10日至5月20日，每天上午8点至11点。
二、回收地点：村委会东侧空坪。
三、回收要求：饲料桶要倒空残料，装过农药、兽药的桶请单独交放，不得混在一起。回收的桶每只折价一元，可抵扣新桶费用。
请各位村民相互转告。
隋家坝村村民委员会
2024年5月6日
""",
    ),
    dict(
        slug="download-shichai-procedure-bath-stool-inspection",
        site="拾柴下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.shichai-xz.com/soft/wendang/2024/31877.html",
        title="浴凳产品出厂检验规程",
        record_title="浴凳产品出厂检验规程（Word可编辑版）免费下载 - 拾柴下载站",
        date=None,
        notes="download station: file-info table, three download links, an unzip password, a dead-link report, a floating ad; "
        "decimal headings; the update stamp is no date",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>浴凳产品出厂检验规程（Word可编辑版）免费下载 - 拾柴下载站</title>
<script type="text/javascript" src="/js/piao.js"></script>
</head><body>
<table width="980" align="center" border="0"><tr>
<td>⟦m 拾柴下载站⟧</td><td>⟦m 众人拾柴，资料好找⟧</td><td align="right">⟦a 把拾柴设为主页⟧</td></tr></table>
<table width="980" align="center" border="0"><tr><td>⟦m 首页 | 软件下载 | 文档资料 | 表格模板 | 合同范本⟧</td></tr>
<tr><td>⟦m 您在：拾柴下载站 → 文档资料 → 企业管理 → 质量管理⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 资料大小：36 KB⟧</td><td>⟦m 资料格式：doc⟧</td></tr>
<tr><td>⟦m 更新：前天⟧</td><td>⟦m 授权：免费资料⟧</td></tr>
<tr><td>⟦m 推荐：★★★☆☆⟧</td><td>⟦m 下载次数：2219⟧</td></tr>
<tr><td colspan="2">
<div class="intro">⟦m 资料预览：⟧</div>
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载点一：移动线路⟧　⟦a 下载点二：联通线路⟧　⟦a 下载点三：本站直连⟧</td></tr>
<tr><td colspan="2">⟦a 解压口令：shichai-xz.com⟧</td></tr>
<tr><td colspan="2">⟦a 链接失效？点我告诉站长⟧</td></tr>
</table>
<div style="position:fixed;right:0;bottom:0">⟦w 标准、规程、体系文件代编，QQ 2216 0937⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均收集自网络，仅供学习研究，请于下载后24小时内删除⟧<br>⟦m Copyright 2008-2024 拾柴下载站　冀ICP备08022713号⟧</td></tr></table>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
1 范围
本规程适用于本公司生产的塑料浴凳和铝合金浴凳的出厂检验。
2 检验项目
2.1 外观：凳面无毛刺、裂纹，边角倒圆，颜色均匀。
2.2 尺寸：凳面高度偏差不超过正负5毫米。
2.3 静载荷：在凳面中心施加1200牛顿的力，保持1分钟，卸载后无断裂、无明显变形。
2.4 防滑：凳脚防滑垫齐全，在湿瓷砖面上以20牛顿水平推力推动，凳体不得滑移。
3 抽样与判定
3.1 每批随机抽取5件，全部项目合格判该批合格。
3.2 有一项不合格时加倍抽样复检，复检仍不合格判该批不合格。
""",
    ),
    dict(
        slug="download-qinghe-contract-washbasin-stands-wps",
        site="青禾资料屋 (invented, download site)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.qinghe-ziliaowu.cn/hetong/caigou/11820.html",
        title="脸盆架采购合同（范本）",
        record_title="脸盆架采购合同（范本）.wps",
        date=None,
        notes="file-name record title; a contract template with ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日; no date",
        page="""
!m 青禾资料屋　合同范本频道
!m 首页 > 合同范本 > 采购合同
!t 脸盆架采购合同（范本）.wps
!m 文件大小：19K　｜　格式：WPS　｜　下载：1,206 次　｜　更新：上周
!a ▼ 高速下载（需登录）　▼ 普通下载
{BODY}
!a 以上为预览内容，下载后可直接在WPS中修改
!l 相关范本：课桌椅采购合同　｜　宿舍床铺采购合同　｜　办公家具买卖合同
!d 本范本仅供参考，签约前请结合实际情况并咨询专业人士
!m 青禾资料屋 qinghe-ziliaowu.cn
""",
        body="""
甲方（采购方）：××学校
乙方（供货方）：××家具有限公司
根据《中华人民共和国民法典》有关规定，甲乙双方经协商一致，签订本合同。
第一条　乙方向甲方供应不锈钢脸盆架＿＿＿个，单价＿＿＿元，合同总价＿＿＿＿元（大写：＿＿＿＿＿＿）。
第二条　脸盆架材质为304不锈钢，管径不小于19毫米，每个承重不低于15千克。
第三条　乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定地点，并负责安装。
第四条　甲方验收合格后十五日内付清货款。
第五条　质保期为两年，质保期内出现锈蚀、开焊的，乙方免费更换。
甲方（盖章）：　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-jiling-practical-test-feed-bucket-admission",
        site="墼岭人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.jiling.gov.cn/ksgg/sydw/202406/t20240603_2291.html",
        title="2024年墼岭县乡镇畜牧兽医站专业技术人员公开招聘实操考核公告",
        record_title="2024年墼岭县乡镇畜牧兽医站专业技术人员公开招聘实操考核公告_事业编招考_墼岭人事考试网",
        date="2024-06-03",
        notes="exam site with a maintenance banner and an admission-ticket float; 下载并打印准考证 is content; "
        "the notice's own 咨询电话 next to the site's technical line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>2024年墼岭县乡镇畜牧兽医站专业技术人员公开招聘实操考核公告_事业编招考_墼岭人事考试网</title>
<script src="/js/zkz-float.js"></script>
</head><body>
<div class="ks-notice">⟦a 系统升级提示：6月8日22:00至次日6:00暂停报名与查询服务⟧</div>
<div class="ks-head">⟦m 墼岭人事考试网⟧ <span>⟦m 墼岭县人力资源和社会保障局⟧</span></div>
<div class="ks-nav">⟦m 首页⟧ ⟦m 考试公告⟧ ⟦m 事业编招考⟧ ⟦m 成绩查询⟧ ⟦m 政策法规⟧</div>
<div class="ks-loc">⟦m 首页 &gt; 考试公告 &gt; 事业编招考⟧</div>
<div class="ks-art">
<h2>{T}</h2>
<div class="ks-info">⟦m 来源：县人社局　发布时间：2024-06-03 16:20　阅读：4418⟧</div>
<div class="ks-body">
{BODY}
</div>
<div class="ks-print">⟦a 〔打印正文〕〔关闭〕⟧</div>
</div>
<div class="ks-float"><a>⟦a 准考证打印入口 ›⟧</a><a>⟦a 成绩查询入口 ›⟧</a></div>
<div class="ks-foot"><p>⟦m 报名系统技术咨询：0731-5860717（工作日）⟧</p><p>⟦m 墼岭人事考试网　湘ICP备10018862号⟧</p></div>
</body></html>
""",
        body="""
根据《墼岭县2024年乡镇畜牧兽医站专业技术人员公开招聘简章》，现将实操考核有关事项公告如下。
一、考核时间：2024年6月15日上午8:30开始。
二、考核地点：墼岭县畜牧兽医服务中心实训场（廒口镇隋家坝村）。
三、考核内容：饲料桶清洗消毒、喂鸡槽安装调整、常用兽药配制三个项目，每项满分100分。
四、考生须于6月10日至6月14日登录本网站下载并打印准考证，考核当天凭准考证和身份证入场。
五、考核所需工具由考点统一提供，考生不得自带。
咨询电话：0731-5869025（县人社局事业单位人事管理股）
墼岭县人力资源和社会保障局
2024年6月3日
""",
    ),
    dict(
        slug="exam-chanhe-care-worker-bath-stool-timetable",
        site="廛河职业技能鉴定网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.chanhe-jnjd.cn/gg/2024/1021/705.html",
        title="关于养老护理员职业技能等级认定实操考核安排的公告",
        date="2024-10-21",
        notes="the record gives the title as is; a timetable one row a paragraph; a maintenance line and a float at the top; signature date",
        page="""
!m 廛河职业技能鉴定网
!a 【温馨提示】证书查询通道每晚23:00后维护，请白天办理
!m 首页 › 通知公告 › 技能等级认定
{T}
!m 发布：鉴定中心综合科　2024-10-21　阅读 1302
{BODY}
!a 准考证自助打印 >>　　成绩与证书查询 >>
!l 相关公告：2024年第三批育婴员技能等级认定报名通知
!m 廛河市职业技能鉴定指导中心　技术支持：0752-3306611
""",
        body="""
各位考生：
2024年第三批养老护理员职业技能等级认定实操考核定于10月26日至27日在廛河市荮溪区养老服务指导中心举行。现将有关安排公告如下。
日期　场次　级别　考核项目
10月26日上午　第一场　五级　协助老人坐浴凳洗浴
10月26日下午　第二场　五级　协助老人进食
10月27日上午　第三场　四级　协助老人坐浴凳洗浴
考生须提前30分钟到达考场，携带身份证和准考证。考核中使用的浴凳、防滑垫、毛巾等用品由考点提供。
廛河市职业技能鉴定指导中心
2024年10月21日
""",
    ),
    dict(
        slug="tender-chanhe-inquiry-school-shoe-benches",
        site="廛河公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.chanhe.gov.cn/jyxx/zfcg/xjgg/20241014/3301187.html",
        title="荮溪区菩泉小学换鞋凳采购询价公告",
        record_title="【询价·校园家具】荮溪区菩泉小学换鞋凳采购询价公告 - 廛河公共资源交易网",
        date="2024-10-14",
        notes="tender portal with a countdown, CA and platform hotlines next to the purchaser's and agency's own contacts; an items table",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【询价·校园家具】荮溪区菩泉小学换鞋凳采购询价公告 - 廛河公共资源交易网</title>
<script src="/js/countdown.js"></script>
</head><body>
<div class="jy-head">⟦m 廛河公共资源交易网⟧ <a>⟦a 供应商登录⟧</a> <a>⟦a 主体注册⟧</a></div>
<div class="jy-nav">⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政府采购⟧ ⟦m 工程建设⟧ ⟦m 诚信体系⟧</div>
<div class="jy-loc">⟦m 交易信息 ＞ 政府采购 ＞ 询价公告⟧</div>
<div class="jy-main">
<h1>{T}</h1>
<div class="jy-meta">⟦m 信息时间：2024-10-14　项目编号：CHZH-XJ-2024-0877　浏览：219⟧</div>
<div class="jy-count">⟦a 距报价截止还有：6天 23时 41分⟧</div>
<div class="jy-body">
{BODY}
</div>
<div class="jy-att">⟦a 报价单模板.docx（点击下载）⟧</div>
</div>
<div class="jy-foot"><p>⟦m CA数字证书办理：0752-3360188⟧　⟦m 交易系统客服：400-776-0752⟧</p><p>⟦m 廛河市公共资源交易中心　粤ICP备17020931号⟧</p></div>
</body></html>
""",
        body="""
一、项目名称：荮溪区菩泉小学教室门口换鞋凳采购
二、采购内容：
品名　规格　数量
儿童换鞋凳　长100厘米、高30厘米　48张
教师换鞋凳　长120厘米、高45厘米　6张
三、报价要求：供应商须在10月21日17时前将报价单密封送达，逾期不予受理。
四、联系方式
采购人：廛河市荮溪区菩泉小学　联系人：韦老师　电话：0752-3317206
代理机构：廛河正衍招标代理有限公司　联系人：隋工　电话：0752-3365018
2024年10月14日
""",
    ),
    dict(
        slug="tender-jiling-bid-result-feed-buckets-lots",
        site="墼岭县公共资源交易中心 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://ggzy.jiling.gov.cn/zbgg/2024/0308/60219.html",
        title="墼岭县畜牧兽医服务中心饲料桶采购项目中标结果公告",
        record_title="【中标公示栏】墼岭县畜牧兽医服务中心饲料桶采购项目中标结果公告 - 墼岭县公共资源交易中心",
        record_date="2024-03-08",
        date="2024-03-08",
        notes="the record gives the date; bid lots one row a paragraph; the purchaser's phone in the body next to the platform hotline",
        page="""
!m 墼岭县公共资源交易中心
!m 当前位置：交易公告 >> 政府采购 >> 中标（成交）公告
!t 【中标公示栏】墼岭县畜牧兽医服务中心饲料桶采购项目中标结果公告
!m 发布日期：2024-03-08　　信息来源：县政府采购中心
{BODY}
!a [我要质疑]　[打印公告]　[收藏]
!l 同类公告：墼岭县动物防疫物资采购项目中标公告
!m 平台服务热线：0731-5860999　　CA证书办理：0731-5860788
!m 墼岭县公共资源交易中心 主办
""",
        indent="\u3000\u3000",
        body="""
一、项目编号：JLCG-2024-0216
二、项目名称：墼岭县畜牧兽医服务中心饲料桶采购项目
三、中标信息：
包号　中标供应商　中标金额
第一包（50升饲料桶）　廛河康禾塑业有限公司　11.04万元
第二包（25升饲料桶）　浼水县兴桶制品厂　6.72万元
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式：采购人墼岭县畜牧兽医服务中心，联系人隋先生，电话0731-5862037。
2024年3月8日
""",
    ),
    dict(
        slug="lawfirm-minglv-case-bathhouse-stool-collapse",
        site="廛河明律律师事务所 (invented)",
        style="律所网站",
        genre="案例",
        kind="other",
        form="html",
        source="https://www.minglv-law.cn/anli/xiaofei/0412.html",
        title="洗浴中心浴凳塌了摔伤顾客，店家要赔吗？",
        record_title="判例讲堂｜洗浴中心浴凳塌了摔伤顾客，店家要赔吗？ - 明律律师事务所",
        date=None,
        notes="law firm case page: lawyer card, consult float, 400 line, repost notice; bracketed section heads in the body; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>判例讲堂｜洗浴中心浴凳塌了摔伤顾客，店家要赔吗？ - 明律律师事务所</title>
<script src="/js/consult-float.js"></script>
</head><body>
<div class="ml-top">⟦m 廛河明律律师事务所⟧ <span>⟦m 明法　明理　明心⟧</span> <span>⟦w 全国免费法律热线 400-118-6630⟧</span></div>
<div class="ml-nav">⟦m 首页⟧ ⟦m 律所介绍⟧ ⟦m 专业团队⟧ ⟦m 判例讲堂⟧ ⟦m 联系我们⟧</div>
<div class="ml-loc">⟦m 首页 / 判例讲堂 / 消费维权⟧</div>
<div class="ml-art">
<h1>{T}</h1>
<div class="ml-meta">⟦m 撰稿：阚立行律师　｜　阅读 935⟧</div>
<div class="ml-body">
{BODY}
</div>
<div class="ml-card">⟦w 阚立行　执业证号 14401201810077315　擅长：人身损害赔偿、消费纠纷⟧ ⟦a 向他咨询⟧</div>
<div class="ml-copy">⟦d 本文为明律原创普法内容，转载请保留作者及出处⟧</div>
</div>
<div class="ml-float">⟦w 遇到类似问题？留下电话，律师十分钟内回电⟧</div>
<div class="ml-foot">⟦m 地址：廛河市荮溪区中山路102号金融大厦16层⟧　⟦m 粤ICP备19051166号⟧</div>
</body></html>
""",
        body="""
【基本案情】2023年冬，顾客邢某在廛河某洗浴中心淋浴时，坐下的塑料浴凳突然断裂，邢某摔倒致右腕骨折，花去医疗费一万八千余元。洗浴中心认为邢某体重过大、使用不当，拒绝赔偿。
【法院判决】法院审理认为，洗浴中心作为经营者，对提供给顾客使用的浴凳负有安全保障义务。涉案浴凳已使用多年，凳脚有明显老化裂纹，洗浴中心未及时更换，存在过错，判决其承担百分之八十的赔偿责任。
⟦a 👉 点击在线预约律师面谈⟧
【律师提示】经营场所应定期检查浴凳等设施，老化的要及时更换；消费者受伤后要保留就诊记录，及时拍照固定现场证据。
""",
    ),
    dict(
        slug="lawfirm-chizhong-letter-corridor-shoe-bench",
        site="浼水持中律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.chizhong-lawyer.com/wenshu/lsh/2024/0809.html",
        title="关于请求清理楼道换鞋凳的律师函",
        record_title="文书示例 ▸ 关于请求清理楼道换鞋凳的律师函（已隐去当事人信息）- 持中律所",
        date="2024-08-09",
        notes="a lawyer's letter shown as a sample on a law-firm site; a consult prompt glued after 。; letter date under the signature",
        page="""
!m 浼水持中律师事务所　｜　持中律所
!m 首页 > 法律文书 > 律师函示例
!t 文书示例 ▸ 关于请求清理楼道换鞋凳的律师函（已隐去当事人信息）
!m 整理：持中律所文书组　　浏览：318
{BODY}
!w 需要起草律师函？持中律所文书组在线接单，电话 0774-7356202
!l 更多示例：催告付款律师函　｜　停止侵权律师函　｜　解除合同通知函
!d 示例文书仅供参考，不构成对具体案件的法律意见
!m 地址：浼水县碉湾大道19号商会大厦9楼
""",
        indent="\u3000\u3000",
        body="""
韦某某先生：
浼水持中律师事务所接受碉湾镇葱兰社区6栋2单元业主邢某某的委托，指派本所律师就您在该单元三楼楼道放置换鞋凳一事，致函如下：
您在三楼楼道公共部位长期放置换鞋凳及鞋柜，占用疏散通道约一米，影响其他业主通行，也不符合消防安全要求。⟦w 邻里纠纷拿不准？免费问持中律师>>⟧
请您在收到本函之日起七日内自行将换鞋凳移回户内。逾期未清理的，我方将依法向有关部门反映，必要时提起诉讼。
特此函告。
浼水持中律师事务所
律师：阚立行
2024年8月9日
""",
    ),
]
