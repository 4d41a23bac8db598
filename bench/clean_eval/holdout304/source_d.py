"""holdout304, part D: county forums, download stations, personnel-exam sites, tender portals
and law firms (each once as HTML and once as text). Every case written by hand. Invented
text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="countyforum-jishan-key-box-marks-jammer",
        site="髻山在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.jishanzaixian.com/thread-90217-1-1.html",
        title="提醒！我们小区好几家门口的钥匙盒旁边被人贴了小圆点",
        record_title=None,
        date=None,
        notes="no record title: the thread subject; a weather line, medals, jammer fonts, a decoration ad between paragraphs, an official-reply link; the community police's phone in the post next to the forum's ad QQ; relative time (no date)",
        page="""
<html><head><meta charset="gbk"><title>髻山在线论坛 - 髻山人的网上家园</title>
<style>.jammer{display:none}</style></head><body>
<div class="topbar">⟦m 髻山在线论坛⟧　⟦m 今天 多云转晴 14～23℃⟧　<a>⟦a 登录⟧</a> <a>⟦a 快速注册⟧</a></div>
<div class="bread">⟦m 髻山在线 › 髻山杂谈 › 帖子⟧</div>
<table><tr><td class="pls">⟦m 城北老街坊⟧<br>⟦m 勋章：热心市民　老会员⟧</td>
<td class="plc"><h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 2 天前 | 只看该作者 | 显示全部楼层⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 点评　回复　分享⟧</div>
<div class="reply-official"><a>⟦l 【官方回复】髻山县公安局城北派出所已关注此帖，点击查看⟧</a></div></td></tr></table>
<div class="ad">⟦w 髻山本地广告位招租，联系QQ：3017720486⟧</div>
<div class="ft">⟦m 髻山在线论坛　髻山县网络文化协会主办　湘ICP备20018733号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
今天下楼倒垃圾，发现我们楼好几家门口挂的密码钥匙盒旁边，都被人用记号笔点了一个小圆点，有的在门框上，有的在电表箱上。
问了物业，物业说不是他们贴的。上网查了一下，有人说这是踩点的记号，表示这家白天没人、钥匙就在盒子里。
⟦w 全屋定制找城北木匠坊，量房免费，电话 139 0739 6621⟧
我已经把记号擦掉了，钥匙也收回家了。社区民警小谭说，遇到这种情况可以直接打他电话0739-7355102，他会安排人来看看。
大家也去自家门口看看，有钥匙盒的尽量别用了。
""",
    ),
    dict(
        slug="countyforum-binchuan-where-buy-bamboo-ladder-junk",
        site="鬓川生活网 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.binchuanlife.com/forum/t-66130.html",
        title="城里哪还能买到老式竹梯？家里装空调外机要用",
        record_title="[便民求助] 城里哪还能买到老式竹梯？家里装空调外机要用 - 鬓川杂谈 - 鬓川生活网",
        date=None,
        notes="a county forum thread as text: forum junk as lines and glued after 。; replies below; relative times only (no date)",
        page="""
!m 鬓川生活网 — 鬓川人的生活圈
!m 论坛首页 › 鬓川杂谈 › 查看帖子
!t [便民求助] 城里哪还能买到老式竹梯？家里装空调外机要用
!m 楼主　爱喝擂茶的阿珍　|　发表于 5 小时前　|　查看 632　回复 11
{BODY}
!l 沙发　竹林深处：铗口镇赶集那天有人挑着卖，一架一百出头
!l 板凳　鬓川老司机：五金店有铝梯，不过你要竹的就去祁湾镇
!a 回帖需先登录，还没账号？注册只要30秒
!m 鬓川生活网　客服热线 0731-5820010
""",
        junk=dict(lines=2, glued=2),
        body="""
家里的空调外机支架锈了，师傅说要从阳台外面架梯子上去换，让我们自己准备一架竹梯，说竹的比铁的稳，也不导电。
跑了城里两家五金店都只有铝合金梯，老板说竹梯早就没人进货了。网上倒是有卖，可是运费比梯子还贵，而且看不到实物，不放心。
想问问大家，城里或者附近镇上还有没有卖老式竹梯的地方？长度三米左右就行。也可以借，用完请你喝茶。
""",
    ),
    dict(
        slug="download-angong-rules-bamboo-ladder-gb2312",
        site="安工资料站 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="操作规程",
        kind="other",
        form="html",
        source="http://www.angongziliao.com/soft/Soft_13847.html",
        title="竹梯登高作业安全操作规程",
        record_title="竹梯登高作业安全操作规程（Word可编辑）免费拿 - 安工资料站",
        date=None,
        notes="old gb2312 download station: a file-info table, three mirror links, an unzip password and a dead-link report; rules with 第N条 articles that speak of 打印 as content; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>竹梯登高作业安全操作规程（Word可编辑）免费拿 - 安工资料站</title>
<script language="JavaScript" src="/inc/agmenu.js"></script>
</head><body>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/aglogo.gif"> ⟦m 安工资料站 —— 安全生产资料一站下⟧</td><td align="right">⟦a 加入书签⟧ ⟦a 联系站长⟧</td></tr>
<tr><td colspan="2" bgcolor="#336699">⟦m 首页 | 安全规程 | 应急预案 | 培训课件 | 安全台账 | 会员中心⟧</td></tr>
<tr><td colspan="2">⟦m 当前位置：安工资料站 → 安全规程 → 登高作业⟧</td></tr>
</table>
<table width="760" border="1" align="center" cellpadding="3" cellspacing="0" bordercolor="#cccccc">
<tr><td colspan="2" align="center"><b>{T}</b></td></tr>
<tr><td width="100">⟦m 资料体积：⟧</td><td>⟦m 36 KB⟧</td></tr>
<tr><td>⟦m 授权方式：⟧</td><td>⟦m 免费资料⟧</td></tr>
<tr><td>⟦m 整理时间：⟧</td><td>⟦m 3 天前⟧</td></tr>
<tr><td>⟦m 解压密码：⟧</td><td>⟦m www.angongziliao.com⟧</td></tr>
<tr><td colspan="2">⟦m 资料简介：⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址：电信下载一　联通下载二　本地高速下载⟧</td></tr>
<tr><td colspan="2">⟦a 下载不了？点此报告死链，站长24小时内修复⟧</td></tr>
</table>
<table width="760" align="center"><tr><td align="center">
⟦d 本站资料均来源于网络，仅供学习交流，请下载后24小时内删除。⟧<br>
⟦m Copyright 2008-2025 安工资料站 All Rights Reserved　鲁ICP备09011472号⟧
</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
第一条　本规程适用于使用竹梯进行的登高作业，作业高度超过2米时必须执行本规程。
第二条　竹梯使用前应检查梯帮有无裂纹、虫蛀，横档有无松动、缺失，梯脚防滑套是否完好，不合格的竹梯严禁使用。
第三条　竹梯与地面的夹角应在60度至70度之间，梯脚放在平整坚实的地面上，顶端超出支撑点不少于1米。
第四条　作业时必须有专人扶梯，梯上只允许一人作业，作业人员不得站在距梯顶1米以内的横档上。
第五条　作业前，班组应打印竹梯检查表，逐项检查并由检查人签字，检查表保存三个月备查。
第六条　本规程由安全管理部门负责解释。
""",
    ),
    dict(
        slug="download-jiangxin-instruction-lacquer-vanity-box-doc",
        site="匠心资料库 (invented download station)",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="text",
        source="https://www.jiangxinziliao.net/down/wood/7702.html",
        title="漆器梳妆盒制作工艺作业指导书",
        record_title="漆器梳妆盒制作工艺作业指导书.doc",
        date=None,
        notes="file-name record title (.doc); a download station as text: file-info lines, mirror links, an unzip password; decimal headings 1.1–4.1; no date",
        page="""
!m 匠心资料库 · 手艺人的资料柜
!m 首页 / 木作资料 / 工艺文件
{T}
!m 资料格式：DOC　|　资料大小：58KB　|　更新：刚刚　|　人气：318
!m 解压口令：jiangxin2025
{BODY}
!a 下载线路：［移动线路］［电信线路］［备用线路］
!a 资料失效？点这里留言，我们尽快补档
!d 资料来源于网友投稿，版权归原作者所有。
""",
        body="""
1.适用范围
1.1 本指导书适用于本坊木胎漆器梳妆盒的制作。
2.工艺流程
2.1 制胎：选用干燥的香樟木板，含水率控制在12%以下，按图纸开料、拼板、开榫。
2.2 刮灰：木胎打磨后刮生漆灰两遍，每遍阴干不少于三天。
2.3 髹漆：上大漆三至五遍，每遍之间用水砂纸打磨，最后一遍推光。
3.镜面安装
3.1 镜面选用4毫米银镜，四边磨圆，用木条压紧，不得直接用胶粘在漆面上。
4.质量要求
4.1 盒盖开合顺畅，合缝不大于0.5毫米，漆面无流坠、无起皱、无明显颗粒。
""",
    ),
    dict(
        slug="pexam-binchuan-notice-ladder-skill-test",
        site="鬓川县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.binchuan.gov.cn/ksap/2025/0729/1186.html",
        title="鬓川县2025年公开招聘乡镇电力抢修辅助人员技能测试公告",
        record_title="【考务速递】鬓川县2025年公开招聘乡镇电力抢修辅助人员技能测试公告_鬓川县人事考试网",
        date="2025-07-28",
        notes="personnel-exam site: a maintenance banner, an admission-ticket float; a timetable table; 'download and print the admission ticket' as content; the exam office's 咨询电话 next to the site's technical line; signature date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【考务速递】鬓川县2025年公开招聘乡镇电力抢修辅助人员技能测试公告_鬓川县人事考试网</title>
<script src="/js/rsks.js"></script></head><body>
<div class="notice-bar">⟦d 系统维护通知：本网站将于每周日凌晨1:00—3:00暂停服务⟧</div>
<div class="ks-head">⟦m 鬓川县人事考试网⟧ <span>⟦m 鬓川县人力资源和社会保障局主办⟧</span></div>
<ul class="ks-nav"><li>⟦m 首页⟧</li><li>⟦m 考试公告⟧</li><li>⟦m 考务动态⟧</li><li>⟦m 成绩查询⟧</li></ul>
<div class="ks-loc">⟦m 首页 - 考务动态 - 正文⟧</div>
<h3>{T}</h3>
<div class="ks-meta">⟦m 发布时间：2025-07-29　来源：县人事考试中心⟧</div>
<div class="ks-text">
{BODY}
</div>
<div class="ks-float">⟦a 准考证打印入口 ›⟧</div>
<div class="ks-foot">⟦m 网站技术支持：0731-5826633（仅限网站故障）⟧<br>⟦m 鬓川县人事考试网　湘ICP备17030418号⟧</div>
</body></html>
""",
        body="""
根据招聘工作安排，现将鬓川县2025年公开招聘乡镇电力抢修辅助人员技能测试有关事项公告如下：
一、测试时间和项目
日期　项目　地点
8月9日上午　竹梯架设与登高　县供电公司实训场
8月9日下午　低压接线　县供电公司实训场
二、测试要求。竹梯架设项目要求考生独立完成竹梯检查、架设和登高至2米处系挂安全带，用时不超过5分钟。
三、考生请于8月5日至8日登录本网站下载并打印准考证，凭准考证和身份证参加测试。
咨询电话：0731-5826108（县人事考试中心）
鬓川县人事考试中心
2025年7月28日
""",
    ),
    dict(
        slug="pexam-xiaoyang-candidate-rules-coat-hooks-record",
        site="洨阳人事考试信息网 (invented)",
        style="人事考试网",
        genre="须知",
        kind="notice",
        form="text",
        source="http://www.xyrsks.cn/kszn/2025/1021/3390.html",
        title="洨阳市2025年下半年事业单位公开招聘笔试考生须知",
        date="2025-10-20",
        notes="record title as is; an exam site as text: numbered rules about coats on the exam room's coat hooks; a floating ticket prompt and a technical line at the bottom; signature date",
        page="""
!m 洨阳人事考试信息网
!m 首页 >> 考试指南 >> 考生须知
{T}
!m 信息来源：市人事考试院　　发布时间：2025-10-21 09:00　　浏览：7265
{BODY}
!a ▶ 点击进入准考证打印系统
!l 相关链接：2025年下半年事业单位招聘笔试成绩查询入口（待开通）
!m 技术咨询：0736-8201177（工作日 9:00—17:00）
""",
        body="""
一、考生须持准考证和有效居民身份证，于开考前30分钟进入考场，开考15分钟后不得入场。
二、考生进入考场时，须将外套、帽子、围巾挂在考场后方的衣帽钩上，书包、手机等物品放在指定位置，手机须关机。
三、考生只能携带黑色签字笔、2B铅笔和橡皮，不得携带任何书籍、资料。
四、考试结束铃响，考生应立即停止答题，待监考人员收齐试卷后，方可离开考场，离开时取回衣帽钩上的个人衣物。
五、考生违反考试纪律的，按照《事业单位公开招聘违纪违规行为处理规定》处理。
洨阳市人事考试院
2025年10月20日
""",
    ),
    dict(
        slug="tender-xiaoyang-inquiry-police-key-boxes-html",
        site="洨阳市公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.xiaoyangshi.gov.cn/jyxx/zfcg/xjgg/20250915/88102.html",
        title="洨阳市公安局鬏城分局智能钥匙盒采购项目询价公告",
        record_title="〖询价采购〗洨阳市公安局鬏城分局智能钥匙盒采购项目询价公告-交易信息-洨阳市公共资源交易网",
        record_date="2025-09-15",
        date="2025-09-15",
        notes="tender portal: a countdown, a CA hotline and a trading-system line; purchaser and agency contacts in the body; a lots table; the record gives the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>〖询价采购〗洨阳市公安局鬏城分局智能钥匙盒采购项目询价公告-交易信息-洨阳市公共资源交易网</title>
<script src="/js/ggzy-countdown.js"></script></head><body>
<div class="gg-head">⟦m 洨阳市公共资源交易网⟧ <span>⟦m 阳光交易　服务发展⟧</span> <a>⟦a 主体登录⟧</a> <a>⟦a 主体注册⟧</a></div>
<ul class="gg-nav"><li>⟦m 首页⟧</li><li>⟦m 交易信息⟧</li><li>⟦m 政策法规⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="gg-loc">⟦m 首页 > 交易信息 > 政府采购 > 询价公告⟧</div>
<h2>{T}</h2>
<div class="gg-meta">⟦m 信息时间：2025-09-15　阅读次数：211⟧</div>
<div class="gg-countdown">⟦a 距报价截止还剩：06天 23时 41分⟧</div>
<div class="gg-body">
{BODY}
</div>
<div class="gg-help">⟦m CA证书办理咨询：400-8826-515⟧<br>⟦m 交易系统操作咨询：0736-8869203⟧</div>
<div class="gg-foot">⟦m 洨阳市公共资源交易中心　地址：洨阳市政务服务中心三楼⟧</div>
</body></html>
""",
        body="""
洨阳市公安局鬏城分局智能钥匙盒采购项目采用询价方式采购，欢迎符合条件的供应商参加报价。
一、采购内容
包号　名称　数量　预算（万元）
1　智能钥匙盒（48位）　6台　10.8
2　智能钥匙盒（24位）　10台　9.5
二、供应商资格要求：具有独立承担民事责任的能力，所投产品具备指纹或刷卡开启、取用记录保存不少于一年的功能。
三、报价截止时间：2025年9月22日9时30分。
四、联系方式
采购人：洨阳市公安局鬏城分局　联系人：梁警官　电话：0736-8530117
代理机构：洨阳衡泽招标代理有限公司　联系人：何敏　电话：0736-8866452
""",
    ),
    dict(
        slug="tender-tengxi-result-hospital-hangers",
        site="縢溪县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.tengxicg.gov.cn/cjgg/2025/0806/5523.html",
        title="縢溪县人民医院病员服及挂衣架采购项目成交结果公告",
        record_title="【成交结果速览】縢溪县人民医院病员服及挂衣架采购项目成交结果公告｜縢溪县政府采购网",
        date="2025-08-06",
        notes="a tender portal as text: a results table; the 公告日期 under the purchaser; an expert list line and a complaint notice",
        page="""
!m 縢溪县政府采购网
!m 首页 » 采购公告 » 成交结果
{T}
!m 发布时间：2025-08-06 17:20　　来源：县政府采购中心
{BODY}
!d 各有关当事人对成交结果有异议的，可在公告期限届满之日起七个工作日内以书面形式提出质疑。
!l 上一条：縢溪县第一中学课桌椅采购项目竞争性磋商公告
!m 縢溪县政府采购中心　电话：0745-7730020
""",
        body="""
一、项目编号：TXCG-2025-0317
二、项目名称：縢溪县人民医院病员服及挂衣架采购项目
三、成交信息
包号　成交供应商　成交金额（元）
1（病员服）　縢溪县锦程服饰有限公司　186400
2（挂衣架）　洨阳优挂家居有限公司　23760
四、主要标的：第2包为病房用防盗挂衣架3300个，挂钩与衣架一体，不能取下带走。
五、公告期限：自本公告发布之日起1个工作日。
六、采购人：縢溪县人民医院　联系人：伍女士　电话：0745-7712308
縢溪县人民医院
2025年8月6日
""",
    ),
    dict(
        slug="law-hengzhi-case-homestay-lockbox-theft",
        site="衡直律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.hengzhilaw.cn/anli/minshi/612.html",
        title="民宿密码钥匙盒泄露致财物被盗，房东要担责吗？",
        record_title="案例评析 ‖ 民宿密码钥匙盒泄露致财物被盗，房东要担责吗？-衡直律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line, a 本文链接 block and a repost notice; a case note with no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>案例评析 ‖ 民宿密码钥匙盒泄露致财物被盗，房东要担责吗？-衡直律师事务所</title>
<script src="/static/hz-chat.js"></script></head><body>
<div class="lf-top">⟦m 衡直律师事务所⟧ <span>⟦m 衡平守正　直道而行⟧</span> <span>⟦w 全国咨询热线 400-6319-288⟧</span></div>
<ul class="lf-nav"><li>⟦m 首页⟧</li><li>⟦m 律所简介⟧</li><li>⟦m 专业领域⟧</li><li>⟦m 以案说法⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="lf-loc">⟦m 首页 / 以案说法 / 民事纠纷⟧</div>
<h1>{T}</h1>
<div class="lf-meta">⟦m 作者：衡直律所 民事部　　阅读 1487⟧</div>
<div class="lf-card">⟦m 承办律师：卢慕白　执业证号 14307201810336512　擅长：合同纠纷 侵权责任⟧</div>
<div class="lf-art">
{BODY}
</div>
<div class="lf-link">⟦m 本文链接：https://www.hengzhilaw.cn/anli/minshi/612.html⟧<br>⟦d 转载须注明出处“衡直律师事务所”，否则将追究法律责任。⟧</div>
<div class="lf-float">⟦w 免费问律师 ›⟧<br>⟦w 律师在线，10分钟内回复⟧</div>
<div class="lf-foot">⟦m 衡直律师事务所　地址：洨阳市鬏城区滨江大道99号汇金中心18楼⟧</div>
</body></html>
""",
        body="""
【案情】游客韩某通过网络平台预订了房东许某的民宿。许某把房门钥匙放在门口的密码钥匙盒里，但半年来一直没有更换密码，此前入住过的客人都知道密码。韩某外出游玩期间，房间被人用钥匙打开，笔记本电脑和现金被盗。韩某起诉要求许某赔偿。
【评析】房东作为民宿经营者，对住客负有安全保障义务。许某长期不更换钥匙盒密码，使不特定的人都能取得房门钥匙，未尽到合理的安全保障义务，应当在其过错范围内承担相应的补充责任。
【结果】法院判决许某赔偿韩某损失的百分之六十。
【提示】经营者每接待一批住客都应更换密码；住客入住后也应检查门锁，贵重物品随身携带。
""",
    ),
    dict(
        slug="law-xinhe-opinion-borrowed-ladder-injury-record",
        site="簑岭信和律师事务所 (invented)",
        style="律所网站",
        genre="法律意见",
        kind="other",
        form="text",
        source="http://www.xinhelawyer.cn/flyj/2025/0905/288.html",
        title="关于村民借用竹梯摔伤赔偿问题的法律意见",
        date="2025-09-03",
        notes="record title as is; a law firm page as text: a consult prompt glued after a 。; a 400 line and a firm's WeChat id; the lawyer's signature date",
        page="""
!m 簑岭信和律师事务所 | 法律意见选登
{T}
!m 栏目：法律意见　　发布：2025-09-05　　浏览：356
{BODY}
!d 本意见仅针对来函所述事实，事实变化时结论可能不同。
!w 咨询热线：400-0739-166　律所微信：xinhe_lawyer
!l 下一篇：宅基地相邻通行纠纷的处理意见
!m 簑岭信和律师事务所　湘ICP备19006630号
""",
        body="""
祁湾镇杉树村村民委员会：
贵会来函询问村民焦某借用邻居竹梯摘柚子时摔伤的赔偿问题。经研究，本所意见如下：
一、竹梯出借人邻居某无偿出借竹梯，如借出时明知横档已经松动而未告知，应承担相应责任；如竹梯本身完好，则一般不承担责任。⟦w 类似纠纷可拨本所热线免费咨询⟧
二、焦某本人作为完全民事行为能力人，登梯时未让他人扶梯，自身存在过错，应自行承担主要损失。
三、建议村委会先组织双方调解，调解不成的，可引导当事人向人民法院起诉。
簑岭信和律师事务所
律师：聂思远
2025年9月3日
""",
    ),
]
