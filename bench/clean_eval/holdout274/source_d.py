"""holdout274, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-liechuan-old-street-back-scratchers-jammer",
        site="洌川在线论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.liechuanzaixian.example.cn/thread-77031-1-1.html",
        title="老街竹器铺的痒痒挠，还有人记得吗",
        record_title=None,
        date=None,
        notes="county forum without a record title: the thread subject carries it; jammer fonts inside the post; "
        "weather line, medals, an official-reply link and an ad QQ; 发表于 前天 is no date",
        page="""
<html><head><meta charset="gbk">
<title>老街竹器铺的痒痒挠，还有人记得吗 - 洌川杂谈 - 洌川在线论坛</title>
<style>.jammer{display:none}</style>
</head><body>
<div id="weather">⟦m 洌川今日：小雨转阴　9℃～14℃⟧</div>
<div id="hd">⟦m 洌川在线论坛 · 洌川人自己的网上家园⟧　<a>⟦a 注册账号⟧</a>　<a>⟦a 手机扫码登录⟧</a></div>
<div id="pt">⟦m 洌川在线 › 洌川杂谈 › 帖子详情⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 漕坪老街坊⟧<br>⟦m 勋章：老会员 热心街坊⟧</td>
<td class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 前天 20:51⟧　⟦m 查看：2306　回复：41⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦a 👉 向有关部门转交此帖⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发 竹林深处：记得！三毛钱一把，我奶奶用到九十岁。⟧</div>
<div class="reply">⟦l 板凳 萦山过客：现在网上买的都是塑料的，没那个味了。⟧</div>
<div class="ad">⟦w 洌川本地广告位招租，联系QQ：3307129946⟧</div>
<div id="ft">⟦m 洌川在线论坛　湘ICP备17002914号-1⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
上礼拜回漕坪老街，发现街口那家竹器铺关门了，门上贴着“旺铺转让”。
小时候，那家铺子门口总挂着一排排竹痒痒挠，长的短的都有，一头是五根弯弯的竹齿，另一头刻着个小葫芦。老板姓欧，大家都叫他欧篾匠，一边削竹子一边跟人聊天，削好一把就往门口一挂。
我家那把痒痒挠就是在那儿买的，我爷爷用了十几年，竹柄都磨成了红褐色。后来我结婚，也去买了两把，一把给丈人，一把自己留着。
听隔壁的人说，欧师傅今年七十六了，手抖得削不动竹子，儿女都在外地，铺子只好转出去。
不知道还有没有人记得这家铺子，记得的朋友来聊聊。
""",
    ),
    dict(
        slug="localforum-yingshan-park-stone-lock-warning-junk",
        site="萦山论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.yingshanluntan.example.cn/read.php?tid=51882",
        title="河滨公园晨练的朋友，抛石锁请离步道远一点",
        record_title="[河滨晨练] 河滨公园晨练的朋友，抛石锁请离步道远一点 - 萦山论坛",
        date=None,
        notes="county forum post with junk lines and junk glued after 。; the park office's own phone next to a "
        "decoration ad; relative time is no date",
        page="""
!m 萦山论坛 > 萦山生活 > 正文
!t [河滨晨练] 河滨公园晨练的朋友，抛石锁请离步道远一点 - 萦山论坛
!m 作者：早起的老覃　　2 小时前　　浏览 875　　回复 23
{BODY}
!w 【广告】萦山匠心装饰，旧房翻新免费上门量房，电话13874620918
!l 1#　河滨跑步党：支持！上周差点被砸到脚。
!l 2#　石锁老张：我们练了二十年都没出过事，不过提醒得对。
!a 回帖需登录　　[ 快速登录 ]
!m 萦山论坛 Powered by PHPWind
""",
        junk=dict(lines=2, glued=2),
        body="""
每天早上六点多，河滨公园东门步道边都有几位师傅在抛石锁，功夫确实好，围观的人也多。
但是那段步道是晨跑和遛娃的必经之路，石锁一抛一两米高，万一脱手，后果不堪设想。今天早上就有一把石锁落地后滚到了步道上，一个骑儿童车的小孩差点被撞到。
我问过公园管理处，他们说公园北侧的草坪专门划了健身区，地面软，四周也空。建议练石锁的师傅们挪到那边去，大家都安全。
有意见建议也可以直接打公园管理处电话：0743-6128085。
""",
    ),
    dict(
        slug="download-ziyuanku-training-plan-leather-sheaths",
        site="资源库下载站 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="方案",
        kind="other",
        form="html",
        source="http://www.ziyuanku-down.example.cn/soft/jiaoxue/20417.html",
        title="皮质刀鞘制作实训教学方案",
        record_title="皮质刀鞘制作实训教学方案.wps",
        date="2025-02-24",
        notes="old download-station table with a file-info table, three mirror links, a dead-link report and an "
        "unzip password; file-name title; 成文日期 under the signature; update stamp is no date; decimal headings",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>皮质刀鞘制作实训教学方案.wps - 教学资料 - 资源库下载站</title>
<script src="/js/down.js"></script>
</head><body>
<table width="980" align="center"><tr><td>⟦m 资源库下载站⟧</td><td>⟦m 教案课件　试卷题库　公文资料⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：首页 → 教学资料 → 职业教育⟧</td></tr></table>
<table width="980" align="center" border="1" class="info">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 文件大小：46 KB⟧</td><td>⟦m 文件格式：WPS文字⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-30⟧</td><td>⟦m 下载次数：772⟧</td></tr>
<tr><td>⟦m 资料评级：★★★★☆⟧</td><td>⟦m 授权方式：免费共享⟧</td></tr>
</table>
<table width="980" align="center"><tr><td class="intro">
{BODY}
</td></tr></table>
<table width="980" align="center" class="down">
<tr><td>⟦a ↓ 电信线路下载⟧</td><td>⟦a ↓ 联通线路下载⟧</td><td>⟦a ↓ 本地高速下载⟧</td></tr>
<tr><td colspan="3">⟦a 解压口令：ziyuanku⟧　⟦a 链接打不开？点此告诉站长⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>⟦l 同类资料：中式面点实训教学方案 ｜ 皮具设计课程标准⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦d 本站资料均来自网络收集，仅供学习研究，下载后请于24小时内删除。⟧<br>⟦m 资源库下载站　鄂ICP备09015520号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
1 实训目标
1.1 掌握皮质刀鞘的打版、裁皮、削边、打孔、手缝和封边工艺。
1.2 能根据刀具尺寸独立完成一只带护刃层的皮质刀鞘。
2 实训安排
2.1 实训共16课时，分4次进行，每次4课时。
2.2 第一次打版裁皮，第二次削边打孔，第三次手缝，第四次封边与作品点评。
3 安全要求
3.1 实训用刀具一律使用教学用钝刃样刀，实训结束后收回入柜。
3.2 使用裁皮刀、削边器时，刀口朝外，另一只手不得放在刀口前方。
4 考核办法
作品占70%，实训记录占30%，缝线歪斜、刀鞘过松或过紧的酌情扣分。
溏阳县职业中专皮具专业教研组
2025年2月24日
""",
    ),
    dict(
        slug="download-pdf-request-bamboo-horse-lantern-funds",
        site="公文资料屋 (invented, download station)",
        style="资料下载站",
        genre="请示",
        kind="notice",
        form="text",
        source="http://www.gongwenwu.example.cn/down/qingshi/8807.html",
        title="关于申请竹马灯非遗传承保护经费的请示",
        record_title="关于申请竹马灯非遗传承保护经费的请示.pdf",
        date="2025-02-20",
        notes="file-name title; 成文日期 in Chinese numerals under the signature; download-station chrome; 附件 line",
        page="""
!m 公文资料屋　　资料全　下载快
!m 首页 ＞ 公文下载 ＞ 请示报告
!t 关于申请竹马灯非遗传承保护经费的请示.pdf
!m 资料大小：212KB　｜　页数：2　｜　加入时间：2025-03-04　｜　下载：316
!a 〖立即下载〗　〖加入收藏〗　〖报告错误〗
!m 资料简介：
{BODY}
!a 下载须知：本资料需解压后用PDF阅读器打开，解压密码见页面底部
!l 猜你需要：关于申请非遗展演场地的请示 ┃ 非遗项目保护经费申请报告
!m 公文资料屋 gongwenwu.example.cn
""",
        body="""
县人民政府：
茏口镇竹马灯起源于清代中期，2021年列入县级非物质文化遗产代表性项目名录。目前全镇能完整扎制竹马灯的艺人仅剩5人，平均年龄71岁，技艺传承面临断档。
为做好竹马灯的保护传承，我局拟在2025年开展以下工作：举办竹马灯扎制技艺培训班2期，培训学员40人；为茏口镇竹马队更新演出竹马24匹及服装道具；拍摄竹马灯扎制技艺纪录片一部。
以上工作共需经费18.6万元。恳请县人民政府从非物质文化遗产保护专项资金中予以安排。
妥否，请批示。
附件：竹马灯非遗传承保护经费预算表
浃溪县文化旅游广电体育局
二〇二五年二月二十日
""",
    ),
    dict(
        slug="exam-liechuan-pe-teacher-skill-test-stone-locks",
        site="洌川县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.liechuan.gov.example.cn/ksgg/2025/0611/2206.html",
        title="2025年洌川县公开招聘中小学体育教师（民族传统体育方向）专业技能测试公告",
        record_title="〔考务动态〕2025年洌川县公开招聘中小学体育教师（民族传统体育方向）专业技能测试公告_洌川县人事考试网",
        date="2025-06-10",
        date_also=["2025-06-11"],
        notes="personnel-exam site with a maintenance banner and an admission-ticket float; the exam centre's own "
        "咨询电话 beside the site's technical line; 准考证 download and print as content; a timetable table; "
        "成文日期 under the signature vs the site's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔考务动态〕2025年洌川县公开招聘中小学体育教师（民族传统体育方向）专业技能测试公告_洌川县人事考试网</title>
<script src="/js/ks.js"></script>
</head><body>
<div class="notice-bar">⟦a 系统将于每周日凌晨1:00—5:00例行升级，期间暂停访问⟧</div>
<div class="head">⟦m 洌川县人事考试网⟧　⟦m 洌川县人力资源和社会保障局主办⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 考试公告⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 证书办理⟧</li></ul>
<div class="path">⟦m 首页 ＞＞ 考试公告 ＞＞ 事业单位招聘⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2025-06-11　阅读次数：4087⟧</div>
<div class="content">
{BODY}
</div>
<div class="float-zkz"><a>⟦a 准考证打印入口 ▶⟧</a></div>
<div class="foot">
<p>⟦m 网站技术支持：0746-3311590（仅限网站使用问题）⟧</p>
<p>⟦m 洌川县人事考试网　湘ICP备16010327号⟧</p>
</div>
</body></html>
""",
        body="""
根据《2025年洌川县公开招聘中小学体育教师公告》，现将民族传统体育方向专业技能测试有关事项公告如下。
一、测试时间和地点
2025年6月21日（星期六）上午8:30开始，地点：洌川县体育中心田径场。
二、测试项目
项目　内容　分值
石锁　单手提抛接、双锁交替　40分
武术　规定套路　40分
教学展示　10分钟片段教学　20分
三、注意事项
1.考生须于6月18日至20日登录洌川县人事考试网下载并打印准考证，凭准考证和身份证参加测试。
2.石锁测试统一使用考点提供的8公斤标准石锁，考生不得自带器械。
3.考生须穿运动服、运动鞋，测试前自行热身。
咨询电话：0746-3317062（县人事考试中心，工作日8:30—17:30）
洌川县人事考试中心
2025年6月10日
""",
    ),
    dict(
        slug="exam-yanhu-skills-centre-cook-exam-knife-sheaths",
        site="滟湖市职业技能鉴定中心 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yhjd.example.cn/kwgg/2025/0908/618.html",
        title="关于2025年第三批中式烹调师职业技能等级认定考生须知的通知",
        record_title="〔赴考提示〕关于2025年第三批中式烹调师职业技能等级认定考生须知的通知_滟湖市职业技能鉴定中心",
        date="2025-09-05",
        notes="skills-appraisal site: candidates must bring knives in sheaths; the centre's own phone beside a 400 "
        "service line; 成文日期 under the signature; a numbered list",
        page="""
!m 滟湖市职业技能鉴定中心
!m 首页 │ 考务公告 │ 证书查询 │ 机构名录
!t 〔赴考提示〕关于2025年第三批中式烹调师职业技能等级认定考生须知的通知_滟湖市职业技能鉴定中心
!m 发布人：考务科　　发布于：2025-09-08 10:02
{BODY}
!a 〔打印本文〕　〔返回上页〕
!m 证书查询服务电话：400-808-6631
!m 滟湖市职业技能鉴定中心　版权所有
""",
        body="""
各考生：
2025年第三批中式烹调师职业技能等级认定实操考试定于9月20日在滟湖市技师学院烹饪实训楼举行。现将有关注意事项通知如下：
1.考生须自带刀具，刀具须装入刀鞘或刀具包，进出考场、候考期间不得裸露刀刃；
2.考点不提供刀具，实操开始前由考评员统一检查刀具和刀鞘；
3.考生凭准考证、身份证入场，须穿着干净的厨师服、戴厨师帽；
4.考试结束后，刀具须入鞘后方可带离考场。
未按要求携带刀具的考生，不得进入实操考场。
咨询电话：0731-5571426（鉴定中心考务科）
滟湖市职业技能鉴定中心
2025年9月5日
""",
    ),
    dict(
        slug="tender-yanhu-result-ward-coat-racks",
        site="滟湖市公共资源交易网 (invented)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.yanhu.gov.example.cn/jyxx/zfcg/cjgg/2025/0912/55817.html",
        title="滟湖市第三人民医院病区衣帽架采购项目成交结果公告",
        record_title="【成交结果速递】滟湖市第三人民医院病区衣帽架采购项目成交结果公告-滟湖市公共资源交易网",
        date="2025-09-12",
        notes="tender portal with a countdown and CA/trading-system lines beside the purchaser's and agency's own "
        "contacts; a lots table one row a paragraph; the announcement date under the agency",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【成交结果速递】滟湖市第三人民医院病区衣帽架采购项目成交结果公告-滟湖市公共资源交易网</title>
<script src="/static/js/ggzy.min.js"></script>
</head><body>
<div class="top">⟦m 滟湖市公共资源交易网⟧　⟦a 投标人登录⟧　⟦a 专家登录⟧</div>
<ul class="nav"><li>⟦m 交易信息⟧</li><li>⟦m 政策法规⟧</li><li>⟦m 办事指南⟧</li><li>⟦m 诚信体系⟧</li></ul>
<div class="loc">⟦m 交易信息 › 政府采购 › 成交公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 信息时间：2025-09-12　来源：滟湖市公共资源交易中心⟧　⟦m 公示期剩余：04天 11时 26分⟧</div>
<div class="detail">
{BODY}
</div>
<div class="kf">⟦m CA数字证书办理热线：0731-5580866⟧<br>⟦m 交易系统技术支持：0731-5580911⟧</div>
<div class="foot">⟦m 滟湖市公共资源交易中心主办　湘ICP备15004418号⟧</div>
</body></html>
""",
        body="""
一、项目编号：YHCG-2025-0837
二、项目名称：滟湖市第三人民医院病区衣帽架采购项目
三、成交信息
包号　品目　成交供应商　成交金额（元）
1　工作服专用衣帽架（120台）　滟湖栖木家居有限公司　46800.00
2　病房落地衣帽架（260台）　浣滨区安居办公家具厂　70200.00
四、评审专家：邱雅、贾文康、谭少峰（组长）
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：滟湖市第三人民医院，联系人：龚先生，电话：0731-5562236
采购代理机构：滟湖诚信招标代理有限公司，联系人：柯女士，电话：0731-5573390
滟湖诚信招标代理有限公司
2025年9月12日
""",
    ),
    dict(
        slug="tender-xunxi-inquiry-bamboo-horse-props",
        site="洵溪县政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://www.xunxi-ccgp.example.cn/cggg/xjgg/202512/t20251203_1128.html",
        title="洵溪县文化馆竹马演出道具采购询价公告",
        record_title="【询价·道具】洵溪县文化馆竹马演出道具采购询价公告 - 洵溪县政府采购网",
        record_date="2025-12-03",
        date="2025-12-03",
        date_also=["2025-12-02"],
        notes="record date; inquiry with an items table; 下载询价文件 as content; purchaser's contact beside the "
        "platform hotline; the document's date under the purchaser also accepted",
        page="""
!m 洵溪县政府采购网　　　　采购人登录 ｜ 供应商登录
!m 首页 ＞ 采购公告 ＞ 询价公告
!t 【询价·道具】洵溪县文化馆竹马演出道具采购询价公告 - 洵溪县政府采购网
!m 发布时间：2025-12-03 09:30　　　浏览次数：158
{BODY}
!a ⎘ 下载公告　　⎙ 打印公告
!m 平台服务热线：0736-8299100（工作日）
!m 洵溪县财政局主办　　洵溪县政府采购网
""",
        body="""
洵溪县文化馆就竹马演出道具采购项目进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
序号　名称　数量　最高限价（元）
1　彩绘竹马（成人）　16匹　14400
2　彩绘竹马（少儿）　12匹　7200
3　竹马队演出服装　28套　11200
二、供应商资格：具有独立承担民事责任的能力，近三年内无重大违法记录。
三、获取询价文件：即日起至12月9日，请登录洵溪县政府采购网下载询价文件。
四、报价截止时间：2025年12月10日上午9:30。
五、采购人联系方式：洵溪县文化馆，联系人：蒙老师，电话：0736-8213472。
洵溪县文化馆
2025年12月2日
""",
    ),
    dict(
        slug="lawfirm-zhaoheng-unsheathed-knife-on-bus",
        site="昭衡律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.zhaohenglaw.example.cn/falv/anli/1207.html",
        title="随身带着没套刀鞘的刀坐公交，会被处罚吗？",
        record_title="法眼看生活丨随身带着没套刀鞘的刀坐公交，会被处罚吗？ - 昭衡律师事务所",
        date=None,
        notes="law firm page with a lawyer card, a consult float, a 400 line and a 本文链接 block; a case note with "
        "no date; the law quoted in the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>法眼看生活丨随身带着没套刀鞘的刀坐公交，会被处罚吗？ - 昭衡律师事务所</title>
<script src="/js/kefu.js"></script>
</head><body>
<div class="hd">⟦m 昭衡律师事务所⟧　⟦m 公正 · 衡平 · 尽责⟧　⟦w 法律咨询热线：400-870-3316⟧</div>
<ul class="nav"><li>⟦m 律所简介⟧</li><li>⟦m 专业领域⟧</li><li>⟦m 律师团队⟧</li><li>⟦m 以案说法⟧</li></ul>
<div class="crumb">⟦m 首页 / 以案说法 / 治安管理⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 作者：辛一航律师　｜　阅读 962⟧</div>
<div class="article">
{BODY}
</div>
<div class="link">⟦m 本文链接：https://www.zhaohenglaw.example.cn/falv/anli/1207.html⟧<br>⟦d 转载请保留出处，本文不构成正式法律意见。⟧</div>
<div class="card">⟦w 辛一航律师｜刑事辩护、治安案件｜执业证号 14301201810xxxx｜电话 139 7462 0517⟧</div>
<div class="float">⟦w 免费咨询律师，5分钟内回电⟧</div>
<div class="foot">⟦m 昭衡律师事务所　地址：滟湖市浣滨区衡平路18号⟧</div>
</body></html>
""",
        body="""
问：我在菜市场买了一把新菜刀，卖家没给刀鞘，我用塑料袋装着坐公交回家，被安检拦下了。这样会被处罚吗？
答：要看刀具的种类和携带的情形。
菜刀属于生活用刀，不是管制刀具，正常购买后携带回家本身并不违法。但是公交、地铁等公共交通工具人员密集，很多城市的乘车规定都要求携带刀具必须套上刀鞘、妥善包装，不得外露刀刃。
如果携带的是管制刀具，根据《治安管理处罚法》第三十二条，非法携带管制刀具的，处五日以下拘留，可以并处罚款；非法携带进入公共场所或者公共交通工具的，处五日以上十日以下拘留，可以并处罚款。
建议您买刀时向商家要一个刀鞘，或者用硬纸板把刀刃包好，配合安检人员检查，一般不会有问题。
""",
    ),
    dict(
        slug="lawfirm-letter-falling-coat-rack-injury",
        site="溏阳正信律师事务所 (invented)",
        style="律所网站",
        genre="律师函",
        kind="other",
        form="text",
        source="http://www.zhengxinlvshi.example.cn/wenshu/lvshihan/311.html",
        title="关于落地衣帽架倾倒致人受伤事宜的律师函",
        record_title="【文书示例】关于落地衣帽架倾倒致人受伤事宜的律师函 - 溏阳正信律师事务所",
        date="2025-10-16",
        notes="law firm's published letter: the firm's own phone inside the letter beside its 400 line in the page "
        "chrome; 成文日期 under the signature; 抄送 line",
        page="""
!m 溏阳正信律师事务所　　│　　专业　诚信　高效
!m 首页 ＞ 法律文书 ＞ 律师函
!t 【文书示例】关于落地衣帽架倾倒致人受伤事宜的律师函 - 溏阳正信律师事务所
!m 发布人：正信律所　　浏览：233
{BODY}
!w 需要律师代发律师函？全国咨询热线：400-662-9087
!l 相关文书：关于产品质量纠纷的律师函 │ 催告付款律师函
!m 溏阳正信律师事务所　版权所有
""",
        body="""
溏阳县宏达家居商场：
溏阳正信律师事务所接受卞某某的委托，指派本所律师就贵商场销售的落地衣帽架倾倒致人受伤一事，郑重致函如下：
2025年9月3日，委托人在贵商场购买落地衣帽架一台。9月20日，该衣帽架在正常挂放衣物时突然倾倒，砸伤委托人之女左额，经医院诊治花费医疗费4860元。经查，该衣帽架底座无任何配重，说明书亦未提示倾倒风险。
请贵商场在收到本函之日起七日内与本所律师联系，协商赔偿事宜。逾期未予回复的，委托人将依法提起诉讼。
本所律师：车铭远，联系电话：0735-6658122。
溏阳正信律师事务所
2025年10月16日
抄送：委托人卞某某
""",
    ),
]
