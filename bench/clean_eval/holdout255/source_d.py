"""holdout255, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="localforum-suichuan-post-duster-grandpa-subject",
        site="睢川论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.suichuan.example.cn/thread-551802-1-1.html",
        title="菜市场门口扎掸子的訾大爷，今年八十了",
        record_title=None,
        date=None,
        notes="county forum without a record title: the thread subject is the title; a weather line, medals, jammer fonts inside the post, a relative post time (no date), a 'pass to the department' link, an ad QQ and a reply box",
        page="""
<html><head><meta charset="gbk"><title>睢川论坛 - 睢川人自己的网上家园</title></head><body>
<div class="top">⟦m 睢川论坛⟧ ⟦m 今日睢川：多云转晴 3℃~14℃⟧ <a>⟦a 快速登录⟧</a></div>
<div class="crumb">⟦m 睢川论坛 › 睢川生活 › 街谈巷议⟧</div>
<div class="stat">⟦m 查看 8803 ┋ 回复 126⟧</div>
<table><tr><td class="pls"><p>⟦m 崃溪买菜郎⟧</p><p>⟦m 勋章：热心街坊 · 摄影达人⟧</p></td>
<td class="plc"><h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 5 天前 ┋ 只看他 ┋ 电梯直达⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦a 转交相关部门关注⟧</div>
<div class="po">⟦a 支持 ┋ 转发到朋友圈 ┋ 举报⟧</div></td></tr></table>
<div class="reply">⟦l 2楼 汩水渔翁：訾大爷的掸子我家用了十年，真耐用⟧</div>
<div class="ad">⟦w 睢川本地装修找老周，报价QQ：1730092214⟧</div>
<div class="fastpost">⟦a 说点什么吧……游客请先登录⟧</div>
<div class="ft">⟦m 睢川论坛 Powered by Discuz! X3.4 ┋ 秦ICP备13005526号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
每天早上去崃溪菜市场买菜，都能看见门口台阶上坐着一位老人，面前摆着十几把鸡毛掸子。一打听，老人姓訾，今年整八十岁。
訾大爷说，他十五岁跟师傅学扎掸子，一扎就是六十多年。掸子用的是公鸡脖子和尾巴上的毛，先按长短分好，再一层一层绑到竹竿上，一把大掸子要绑三百多根毛。
我买了一把长柄的，才三十五块钱。掸了一个星期，一根毛都没掉。訾大爷说，鸡毛要选冬天杀的鸡，毛厚、油亮、不生虫。
老人家说现在年轻人都用吸尘器了，买掸子的多是老顾客。有需要的街坊可以去照顾照顾老人家的生意，他一般上午在，下雨天不出摊。
""",
    ),
    dict(
        slug="localforum-yiling-post-free-pickle-jars-junk",
        site="沂岭论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.yilingbbs.example.com/thread-220931-1-1.html",
        title="搬家清出十几个老腌菜坛，免费送给需要的街坊",
        record_title="[闲置免费送] 搬家清出十几个老腌菜坛，免费送给需要的街坊 - 旧物流转 - 沂岭论坛",
        date=None,
        notes="county forum as text: anti-scraping junk lines and junk glued after 。; the poster's own phone stays in the body; a relative post time (no date), replies and a forum footer",
        page="""
!m 沂岭论坛 — 沂岭人的网上客厅
!m 首页 › 便民服务 › 旧物流转
!t [闲置免费送] 搬家清出十几个老腌菜坛，免费送给需要的街坊
!m 浐口老粮站　发表于 2 小时前　查看 904　回复 21
{BODY}
!l 沙发 | 淝岭嫂子：我要两个小的，明天上午过来
!l 板凳 | 沂岭老黄：好人一生平安，顶上去
!a 回复本帖需先绑定手机号
!m 沂岭论坛 ©2009-2024　站务QQ群：62310778
""",
        junk=dict(lines=1, glued=2),
        body="""
家里老房子要拆了，收拾东西清出十几个老腌菜坛，大的能装五十斤，小的也能装七八斤，都是我妈当年腌咸菜、泡酸菜用的。
坛子都检查过了，坛身没有裂缝，坛沿完整，扣碗也都在。有两个小的釉面有点掉色，但不影响用。
我家现在住楼房，实在没地方放，扔了又可惜，所以免费送给需要的街坊。要求只有一个：自己来搬，坛子重，最好开三轮车来。
地址在浐口镇老粮站后面，周六周日全天有人。需要的跟帖说一声，或者直接打电话13909175562。
""",
    ),
    dict(
        slug="download-bafang-rules-earmuffs-gb2312-fileinfo",
        site="八方资料站 (invented, old gb2312 layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.bafangzl.example.com/soft/zhidu/2024/10/8817.html",
        title="噪声作业岗位防噪声耳罩佩戴管理制度",
        record_title="【制度下载】噪声作业岗位防噪声耳罩佩戴管理制度（doc可修改）_八方资料站",
        date=None,
        notes="old gb2312 download page: a file-info table with an update stamp (no date), three mirror links, an unzip password, a dead-link report and a floating ad; 第N条 articles in the body; rules with only an effective clause",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【制度下载】噪声作业岗位防噪声耳罩佩戴管理制度（doc可修改）_八方资料站</title></head>
<body>
<table width="980" align="center"><tr><td>⟦m 八方资料站——办公资料 八方汇集⟧</td><td align="right">⟦a 会员中心⟧ ⟦a 投递资料⟧</td></tr></table>
<table width="980" align="center" bgcolor="#0b4f8a"><tr><td>⟦m 首页 · 规章制度 · 合同范本 · 表格下载 · 安全资料 · 应急预案⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 所在位置：八方资料站 → 规章制度 → 安全生产制度⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td colspan="2"><b>⟦t 【制度下载】噪声作业岗位防噪声耳罩佩戴管理制度（doc可修改）⟧</b></td></tr>
<tr><td>⟦m 资料大小：36 KB⟧</td><td>⟦m 资料格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2024-10-08⟧</td><td>⟦m 下载人次：1,305⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 运行环境：WPS / Word⟧</td></tr>
</table>
<table width="980" align="center"><tr><td><b>⟦m 资料简介：⟧</b></td></tr><tr><td>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>⟦a ▼ 电信线路一下载⟧</td><td>⟦a ▼ 联通线路二下载⟧</td><td>⟦a ▼ 本地高速下载⟧</td></tr>
<tr><td colspan="3">⟦a 解压口令：www.bafangzl.example.com⟧</td></tr>
<tr><td colspan="3">⟦a 下载不了？点这里告诉站长⟧</td></tr></table>
<div id="floatad" style="position:absolute;right:10px;top:300px">⟦w 制度汇编定制，站长微信 bafang_zl⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均收集于网络，仅供学习交流，如有侵权请告知删除。⟧<br>⟦m 八方资料站 闽ICP备18022179号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
第一条　为预防职业性噪声聋，保护噪声作业岗位员工的听力健康，根据有关职业卫生规定，结合本公司实际，制定本制度。
第二条　本制度适用于冲压、空压机房、锅炉房等工作场所噪声强度达到85分贝及以上的作业岗位。
第三条　公司为噪声作业人员免费配发符合国家标准的防噪声耳罩，耳罩降噪值不低于25分贝。
第四条　作业人员进入噪声作业区域必须全程佩戴耳罩，不得摘下耳罩交谈或接打电话。
第五条　耳罩由本人保管，每周用湿布擦拭耳垫，耳垫老化、开裂的应及时到安全科更换。
第六条　班组长负责每日检查本班组耳罩佩戴情况，安全科每月抽查一次，检查结果与班组考核挂钩。
第七条　本制度由安全科负责解释，自印发之日起执行。
""",
    ),
    dict(
        slug="download-ziyuanku-plan-tea-caddy-quality-wps-wrapped",
        site="职场资源库 (invented download station)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.zhichangzyk.example.cn/down/fangan/60172.html",
        title="沂岭县茶叶罐生产企业质量提升专项行动方案",
        record_title="沂岭县茶叶罐生产企业质量提升专项行动方案.wps",
        date="2024-03-20",
        notes="file-name record title (.wps); hard-wrapped at 68 columns; a file-info line, download buttons and a share-for-points line; 成文日期 under the signature",
        page="""
!m 职场资源库 — 方案 · 计划 · 预案 · 制度
!t 沂岭县茶叶罐生产企业质量提升专项行动方案.wps
!m 文件类型：WPS文字　文件大小：28.6KB　添加于 6 个月前
!a 【高速下载】　【网盘下载】　【扫码手机下】
{T}
{BODY}
!a 邀请好友注册即送下载券，多邀多得
!l 方案频道最近更新：
!l 食品相关产品生产企业质量安全提升方案.doc
!l 小微企业质量帮扶行动计划.wps
!d 资料版权归原作者，本站仅提供检索与下载服务。
""",
        wrap=68,
        indent="\u3000\u3000",
        body="""
为提升我县茶叶罐产品质量，助力茶产业品牌建设，县市场监管局决定于2024年4月至10月开展茶叶罐生产企业质量提升专项行动。现制定方案如下。
一、工作目标
全县茶叶罐生产企业全部建立原料进货查验和出厂检验制度，产品监督抽查合格率达到95%以上。
二、重点任务
（一）开展质量体检。组织技术人员逐企业上门，重点检查马口铁原料、内涂料、印铁油墨是否符合食品接触材料标准。
（二）推动标准对标。指导企业对照国家标准修订企业标准，规范罐体密封性、卷边质量等指标。
（三）加强监督抽查。全年抽查茶叶罐产品不少于30批次，对不合格产品依法处置。
三、工作要求
各市场监管所要明确专人负责，每月5日前报送上月工作进展。
沂岭县市场监督管理局
2024年3月20日
""",
    ),
    dict(
        slug="exam-yiyang-cooper-skill-test-admission-ticket",
        site="嶷阳市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.yyrsks.example.gov.cn/zxgg/2024/0806/3312.html",
        title="2024年传统箍桶技艺专项职业能力考核公告",
        date="2024-08-05",
        notes="personnel-exam page: the record's title as is; a maintenance banner and an admission-ticket float; downloading and printing the 准考证 is content; the exam's 咨询电话 beside the site's technical line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>2024年传统箍桶技艺专项职业能力考核公告_嶷阳市人事考试网</title></head><body>
<div class="notice-bar">⟦d 系统维护通告：本周日00:00-06:00报名系统暂停服务⟧</div>
<div class="head">⟦m 嶷阳市人事考试网　嶷阳市人事考试中心主办⟧</div>
<div class="nav">⟦m 首页　考试公告　报名入口　成绩查询　证书领取　考务咨询⟧</div>
<div class="here">⟦m 当前：首页 ＞ 考试公告 ＞ 职业能力⟧</div>
<h1>{T}</h1>
<div class="attr">⟦m 发布日期：2024-08-06⟧ ⟦m 浏览：4,021⟧ ⟦a 〖大〗〖中〗〖小〗⟧</div>
<div class="cont">
{BODY}
</div>
<div class="float-zkz"><a>⟦a 准考证打印通道⟧</a> <a>⟦a 成绩查询通道⟧</a></div>
<div class="foot"><p>⟦w 网站技术问题请致电：0917-3290999（不受理考务咨询）⟧</p><p>⟦m 秦ICP备16011942号-1⟧</p></div>
</body></html>
""",
        date_also=["2024-08-06"],
        body="""
根据市人社局关于开展专项职业能力考核工作的安排，现将2024年传统箍桶技艺专项职业能力考核有关事项公告如下。
一、考核对象：在睢川县从事木桶制作或参加过箍桶技艺培训、年满16周岁的人员。
二、报名时间：2024年8月12日至8月23日，考生登录嶷阳市人事考试网在线报名。
三、考核内容：包括理论知识和操作技能两部分。操作技能考核要求考生在4小时内独立完成一只容量10升的杉木水桶，所需工具由考生自带。
四、准考证打印：考生请于9月10日至9月13日登录报名系统下载并打印准考证。
五、考核合格者由市人社局颁发专项职业能力证书。
咨询电话：0917-3290517（工作日）
嶷阳市人事考试中心
2024年8月5日
""",
    ),
    dict(
        slug="exam-yiyang-reminder-earmuffs-security-check",
        site="嶷阳市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yyrsks.example.gov.cn/kwts/2024/1202/3390.html",
        title="关于冬季考试考生佩戴耳罩等防寒用品有关事项的提示",
        record_title="〔入场须知〕关于冬季考试考生佩戴耳罩等防寒用品有关事项的提示-嶷阳市人事考试网",
        date="2024-12-02",
        notes="exam site as text: the title repeated and glued to the addressee line; a countdown line, an enquiry hint, previous/next and a footer",
        page="""
!m 嶷阳市人事考试网
!m 首页 ＞ 考务提示
!t 〔入场须知〕关于冬季考试考生佩戴耳罩等防寒用品有关事项的提示
!m 距笔试还有 5 天
{T}{BODY}
!w 考务问题请在工作时间拨打各考区咨询电话，网站不受理电话报名
!l 上一条：2024年下半年事业单位公开招聘笔试准考证打印须知
!l 下一条：笔试考点交通指引
!m 嶷阳市人事考试中心　版权所有
""",
        body="""
各位考生：
12月7日至8日，我市将组织2024年下半年事业单位公开招聘笔试。考试期间天气寒冷，为做好考生防寒保暖和考场安全检查工作，现将有关事项提示如下。
一、考生可穿戴普通防寒耳罩、围巾、手套进入考点，但在进入考场前须接受安检。
二、带有耳机、蓝牙等电子功能的耳罩一律不得带入考场。考生入座后应将耳罩、帽子等放在座位下方，考试期间不得佩戴。
三、考场内设有暖气，请考生合理增减衣物，提前30分钟到达考点。
祝各位考生考试顺利！
嶷阳市人事考试中心
2024年12月2日
""",
    ),
    dict(
        slug="tender-yiyang-inquiry-pickle-jars-lots",
        site="嶷阳市公共资源交易平台 (invented)",
        style="招投标网",
        genre="采购公告",
        kind="notice",
        form="html",
        source="https://ggzy.yiyang.example.gov.cn/jyxx/zfcg/xjgg/2024/0513/1108.html",
        title="滹湾区中小学食堂腌菜坛采购项目询价公告",
        record_title="【食堂用品询价】滹湾区中小学食堂腌菜坛采购项目询价公告 - 嶷阳市公共资源交易平台",
        date="2024-05-13",
        notes="tender portal: a countdown, CA and trading-system hotlines beside the purchaser's and agency's contacts, a lots table one row a paragraph, downloading the inquiry file as content; an attachment link",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【食堂用品询价】滹湾区中小学食堂腌菜坛采购项目询价公告 - 嶷阳市公共资源交易平台</title></head><body>
<div class="jy-top">⟦m 嶷阳市公共资源交易平台⟧ <a>⟦a 主体登录⟧</a> <a>⟦a CA锁驱动下载⟧</a></div>
<div class="jy-nav">⟦m 交易信息　政府采购　工程建设　土地矿产　诚信体系⟧</div>
<div class="jy-pos">⟦m 政府采购 ＞ 询价公告⟧</div>
<h2>{T}</h2>
<div class="jy-meta">⟦m 信息时间：2024-05-13 17:02⟧ ⟦m 距响应截止还剩：10天16小时⟧</div>
<div class="jy-body">
{BODY}
</div>
<div class="jy-att">⟦a 相关附件：询价文件（HWCG-2024-0517）.zip⟧</div>
<div class="jy-help">⟦w CA办理咨询：0917-3301866⟧ ⟦w 交易系统客服：400-9175-030⟧</div>
<div class="jy-foot">⟦m 嶷阳市公共资源交易中心主办　秦ICP备17003385号⟧</div>
</body></html>
""",
        body="""
项目编号：HWCG-2024-0517
一、采购内容：滹湾区中小学食堂陶制腌菜坛一批，共分两个包。
包号　品名　规格　数量
1　腌菜坛（大）　容量50升　120只
2　腌菜坛（小）　容量20升　260只
二、供应商资格：具有独立承担民事责任的能力，所供产品须提供食品接触用陶瓷制品铅镉溶出量检测报告。
三、获取询价文件：2024年5月14日至5月20日，在嶷阳市公共资源交易平台下载询价文件。
四、响应文件递交截止时间：2024年5月24日9时30分。
五、联系方式
采购人：嶷阳市滹湾区教育局，联系人：邵老师，电话：0917-3340218
代理机构：嶷阳恒信招标咨询有限公司，联系人：韦工，电话：0917-3388671
2024年5月13日
""",
    ),
    dict(
        slug="tender-xiaoyuan-result-earmuffs-record-title",
        site="崤原县政府采购网 (invented)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="text",
        source="http://zfcg.xiaoyuan.example.gov.cn/cjgg/2024/1108/662.html",
        title="崤原县环卫作业人员防寒耳罩采购项目成交结果公告",
        date="2024-11-08",
        notes="the record's title as is; a result table one row a paragraph; a platform hotline and a trading-system line at the bottom beside the purchaser's and agency's phones",
        page="""
!m 崤原县政府采购网
!m 采购公告 >> 结果公告 >> 成交结果
{T}
!m 发布人：县政府采购中心　点击数：188
{BODY}
!w 平台使用咨询热线：0917-6621900（请勿拨打询问成交信息）
!a 【收藏本公告】【打印本公告】
!m 崤原县财政局主办　技术支持：崤原云数科技
""",
        body="""
一、项目编号：XYZC-2024-1129
二、项目名称：崤原县环卫作业人员防寒耳罩采购项目
三、成交信息
供应商名称　成交金额（元）　数量
崤原县暖冬劳保用品有限公司　46850　1300副
四、主要标的信息：防风保暖耳罩，可折叠，内衬加绒，交货期为合同签订后10日内。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：崤原县城市管理局，联系电话：0917-6620315
采购代理机构：崤原县政府采购中心，联系电话：0917-6621007
2024年11月8日
""",
    ),
    dict(
        slug="lawfirm-huiheng-case-barrel-bathtub-leak",
        site="汇衡律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.huihenglaw.example.com/anli/minshi/2024/1015.html",
        title="木桶浴缸漏水泡坏楼下天花板，谁来赔？",
        record_title="【判例解读】木桶浴缸漏水泡坏楼下天花板，谁来赔？｜汇衡律师事务所",
        date=None,
        notes="law firm page: a lawyer card, a consult float, a 400 line, a 本文链接 block and a repost notice; a case note with 【案情】【评析】【提示】 paragraphs; an update stamp (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【判例解读】木桶浴缸漏水泡坏楼下天花板，谁来赔？｜汇衡律师事务所</title></head><body>
<div class="lf-head">⟦m 汇衡律师事务所 · 婚家 房产 侵权纠纷⟧ <span>⟦w 全国咨询：400-917-8826⟧</span></div>
<div class="lf-nav">⟦m 律所简介　律师团队　业务领域　判例解读　联系我们⟧</div>
<div class="lf-art"><h1>⟦t 【判例解读】木桶浴缸漏水泡坏楼下天花板，谁来赔？⟧</h1>
<p class="lf-meta">⟦m 作者：汇衡律所民事部　更新于 一周前　阅读 732⟧</p>
<div class="lf-text">
{BODY}
</div>
<div class="lf-link">⟦m 本文链接：https://www.huihenglaw.example.com/anli/minshi/2024/1015.html⟧</div>
<div class="lf-reprint">⟦d 转载请联系授权并保留作者信息，否则视为侵权。⟧</div></div>
<div class="lf-card"><p>⟦m 承办律师：岳南星　执业年限 12 年⟧</p><p>⟦a 立即约见律师⟧</p></div>
<div class="lf-float">⟦w 相邻漏水纠纷？在线留言，律师两小时内回复⟧</div>
<div class="lf-foot">⟦m 汇衡律师事务所　地址：嶷阳市滹湾区金融街9号⟧</div>
</body></html>
""",
        body="""
【案情】住在六楼的张女士在卫生间安装了一只定制的木桶浴缸。使用半年后，木桶底部开裂渗水，楼下住户刘先生家的卫生间吊顶被泡坏，墙面大面积发霉。双方协商不成，刘先生诉至法院，要求张女士赔偿损失。张女士认为木桶是从加工坊买的，质量问题应由加工坊负责。
【评析】根据民法典的规定，因不动产的使用造成他人损害的，使用人应当承担侵权责任。张女士作为浴缸的所有人和使用人，应先向刘先生赔偿损失。木桶若确实存在质量缺陷，张女士赔偿后可以依据买卖合同向加工坊追偿。
【提示】木桶浴缸属于木制品，长期泡水后容易开裂。安装时应做好卫生间防水层，定期检查桶底和箍圈；购买时保留好合同和票据，以便出现质量问题时维权。
""",
    ),
    dict(
        slug="lawfirm-bingzhi-letter-tea-caddy-design-patent",
        site="沂岭秉直律师事务所 (invented)",
        style="律所网站",
        genre="律师函",
        kind="letter",
        form="text",
        source="http://www.bingzhilaw.example.cn/wenshu/2024/0910/52.html",
        title="关于停止侵害茶叶罐外观设计专利权的律师函",
        record_title="【函件样稿】关于停止侵害茶叶罐外观设计专利权的律师函 - 沂岭秉直律师事务所",
        date="2024-09-10",
        notes="law firm page as text: the firm's name on a line of its own at the top is also the signature (matched as head); ×× masks in the letter; a consult line and a 400 line beside a disclaimer",
        page="""
!m 沂岭秉直律师事务所
!m 知识产权 · 商事争议 · 常年法律顾问
!m 首页 > 文书样稿 > 律师函
!t 【函件样稿】关于停止侵害茶叶罐外观设计专利权的律师函
!m 整理：秉直知产团队　阅读 419
{BODY}
!d 样稿中当事人信息已作隐去处理，仅供参考，不构成法律意见。
!w 遇到专利侵权？预约秉直知产律师：400-917-3350
!l 相关样稿：商标侵权警告函 ｜ 催告付款律师函
""",
        indent="\u3000\u3000",
        body="""
沂岭县××制罐厂：
沂岭秉直律师事务所接受浐口镇青山茶叶有限公司（以下简称“委托人”）的委托，指派本所律师就贵厂侵害委托人外观设计专利权一事，郑重致函如下：
委托人于2022年就“竹节形茶叶罐”取得外观设计专利权，该专利现处于有效状态。经委托人调查，贵厂未经许可，生产并销售与上述专利外观近似的茶叶罐产品。
贵厂上述行为已构成专利侵权。请贵厂自收到本函之日起七日内停止生产、销售侵权产品，并与本所律师联系协商赔偿事宜。逾期未处理的，委托人将依法提起诉讼。
沂岭秉直律师事务所
律师：谭书言
2024年9月10日
""",
    ),
]
