"""holdout166, part E: bathroom and body-weight scales (体重秤) — a scale maker's tender, a
school's weigh-in survey, a weight-scale calibration rule, a Party branch's fitness pledge, a
clinic's nutrition lecture and others. Written by hand; all names invented."""

CASES = [
    dict(
        slug="qa-scale-reading-differs-answer",
        site="百晓问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.baixiaowenda.example.com/q/66120391.html",
        title="家里的体重秤和医院称的差了两斤，哪个准？",
        record_title="家里的体重秤和医院称的差了两斤，哪个准？-百晓问答",
        date="2025-06-05",
        notes="Q&A with a vote bar and answerer card; 回答于 is the page's date; related questions",
        page="""
<html><head><meta charset="utf-8"><title>家里的体重秤和医院称的差了两斤，哪个准？-百晓问答</title></head><body>
<div class="hd">⟦m 百晓问答 — 百问百晓⟧ ⟦a 我要提问⟧</div>
<h1>⟦t 家里的体重秤和医院称的差了两斤，哪个准？⟧</h1>
<div class="q">⟦m 提问者：aa小雨点　2025-06-04⟧</div>
<div class="ans"><div class="u">⟦m 计量所的老贺　｜　回答于 2025-06-05⟧</div>
{BODY}
<div class="vote">⟦l 赞同 92　｜　反对 1　｜　评论⟧</div></div>
<div class="rel">⟦l 相关问题：电子秤需要校准吗？⟧</div>
<div class="foot">⟦d 回答内容由网友提供，仅供参考⟧</div>
</body></html>
""",
        body="""
一般来说，医院的体重秤经过计量部门定期检定，准确度更有保障。
家用电子体重秤的分度值多为0.1公斤，但放在地毯、瓷砖缝或不平的地面上，读数会偏差。
建议把家里的秤放在坚硬平整的地面上，换电池后先空秤开机归零。
还要注意称重时间，早上空腹和饭后、穿衣和不穿衣，差两斤是很正常的。
如果想确认家里的秤准不准，可以用一桶已知重量的桶装水试一试。
""",
    ),
    dict(
        slug="collection-scale-village-doctor-notes",
        site="蘋川杂记 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://www.pingchuanzaji.example.cn/vol3/21.html",
        title="卫生室里那台老体重秤",
        record_title="《蘋川杂记》卷三·第21篇｜卫生室里那台老体重秤",
        date=None,
        notes="personal collection: 卷/篇 nav and reading settings; 写于 year only; no date",
        page="""
!m 蘋川杂记 · 一个乡村医生的随笔
!a 目录　｜　夜间模式　｜　字号 A- A+
{T}
!m 卷三 · 卫生室的日子
{BODY}
写于二〇二三年秋
!l 上一篇：出诊的自行车　　　下一篇：疫苗冷藏箱
""",
        body="""
村卫生室的角落里，放着一台老式的机械体重秤，秤面上的漆早就磨没了。
那是我刚当村医那年，乡卫生院淘汰下来给我的。
那些年，村里的孩子打预防针前都要上去称一称，小孩子站不稳，我就抱着一起称，再减去我自己的体重。
后来卫生室换了电子秤，能测身高、算体质指数，可老秤我一直没舍得扔。
""",
    ),
    dict(
        slug="party-scale-branch-fitness-pledge",
        site="蒹城机关党建网 (invented)",
        style="党建网",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://jgdj.jiancheng.example.gov.cn/dtdt/2025/0410/301.html",
        title="“管住嘴 迈开腿 称一称”机关党员健康生活倡议书",
        record_title="【倡议】“管住嘴 迈开腿 称一称”机关党员健康生活倡议书_蒹城机关党建网",
        date="2025-04-10",
        notes="Party-building portal: study-points line, a share bar; a numbered list kept; 成文日期 under the signature",
        page="""
!m 蒹城机关党建网
!m 首页 ＞ 党建动态 ＞ 工作动态
{T}
!m 来源：市直机关工委　　2025-04-10　　浏览次数：742
!a 阅读本文3分钟可获学习积分1分
{BODY}
!l 分享至：微信　QQ　微博
!m 中共蒹城市直属机关工作委员会　版权所有
""",
        body="""
全体机关党员干部：
为增强体质、提高工作效能，市直机关工委、市直机关工会在各单位健康小屋配备了体重秤和血压计。
我们倡议：
1.每周至少称一次体重，做好记录，发现体重异常增长及时调整饮食。
2.每天步行六千步以上，少坐电梯多走楼梯。
3.工作餐少油少盐，不吃夜宵。
市直机关工委　市直机关工会
2025年4月10日
""",
    ),
    dict(
        slug="hospital-scale-outpatient-weighing-notice",
        site="蒹城市妇幼保健院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.jcfy.example.com/news/2025/0320/1877.html",
        title="关于产科门诊孕妇自助称重的温馨提示",
        record_title="关于产科门诊孕妇自助称重的温馨提示_蒹城市妇幼保健院",
        date="2025-03-20",
        notes="maternal and child hospital: booking float line, 24-hour line vs. the clinic's own 咨询电话 kept; 发布日期 is the page's date",
        page="""
!m 蒹城市妇幼保健院　　急诊24小时：0734-8112120
!m 首页 / 新闻公告 / 院务公告
{T}
!m 发布日期：2025-03-20　　来源：产科
{BODY}
!a 【预约挂号】　【智能导诊】　【报告查询】
!d Copyright©蒹城市妇幼保健院　湘ICP备17013922号
""",
        body="""
各位准妈妈：
为缩短候诊时间，产科门诊二楼候诊区新增两台自助体重秤，称重结果可自动上传至您的电子病历。
称重时请脱去外套、鞋子，站在秤面中央，待语音提示完成后再下秤。
如自助体重秤出现故障，请找分诊台护士人工测量。
产科门诊咨询电话：0734-8116043。
""",
    ),
    dict(
        slug="university-scale-freshman-bmi-survey",
        site="栌阳师范学院体育学院 (invented)",
        style="高校官网",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://tyxy.luyangnu.example.edu.cn/info/1102/4411.htm",
        title="2024级新生体质指数测试情况分析",
        record_title="2024级新生体质指数测试情况分析-体育学院",
        date="2024-11-20",
        notes="university sub-site: search box, column list, a data table kept; 成文日期 under the signature; footer with address",
        page="""
<html><head><meta charset="utf-8"><title>2024级新生体质指数测试情况分析-体育学院</title></head><body>
<div class="hd">⟦m 栌阳师范学院 体育学院⟧ ⟦a 站内搜索⟧</div>
<div class="nav">⟦m 学院概况 师资队伍 教学科研 学生工作 群体竞赛⟧</div>
<div class="pos">⟦m 当前位置: 首页 >> 群体竞赛 >> 正文⟧</div>
<h1>⟦t 2024级新生体质指数测试情况分析⟧</h1>
<div class="info">⟦m 点击：[ 503 ]⟧</div>
{BODY}
<div class="col">⟦l 群体竞赛⟧<p>⟦l 校第十二届阳光长跑圆满结束⟧</p></div>
<div class="foot">⟦m 地址：栌阳市师院路1号 邮编：425100⟧ ⟦d 版权所有：栌阳师范学院体育学院⟧</div>
</body></html>
""",
        body="""
2024年10月，学院使用智能体重秤和身高计对2024级新生三千二百一十名进行了体质指数测试，现将情况分析如下。
等级　人数　占比
偏瘦　486　15.1%
正常　2207　68.8%
超重　372　11.6%
肥胖　145　4.5%
从结果看，超重和肥胖学生合计占百分之十六点一，较上一届上升一点二个百分点。
建议在体育课中增加有氧耐力项目，并对超重、肥胖学生开设运动减重选修课。
体育学院
2024年11月20日
""",
    ),
    dict(
        slug="localforum-scale-market-cheat-complaint-html",
        site="葭水论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://www.jiashuibbs.example.com/thread-20471-1-1.html",
        title="菜市场门口摆的“免费称体重”是干嘛的？",
        record_title="菜市场门口摆的“免费称体重”是干嘛的？ - 葭水杂谈 - 葭水论坛",
        date=None,
        junk=dict(lines=1, glued=1),
        notes="county forum with a weather widget and jammer fonts; 发表于 1 小时前 no date",
        page="""
<html><head><meta charset="utf-8"><title>菜市场门口摆的“免费称体重”是干嘛的？ - 葭水杂谈 - 葭水论坛</title>
<style>.jammer{display:none}</style></head><body>
<div class="hd">⟦m 葭水论坛 — 葭水人自己的网上家园⟧ ⟦m 今日葭水：多云 19~27℃⟧</div>
<div class="pt">⟦m 葭水论坛 › 葭水杂谈⟧</div>
<h1>⟦t 菜市场门口摆的“免费称体重”是干嘛的？⟧</h1>
<div class="authi">⟦m 一棵葱 | 发表于 1 小时前 | 查看 566 | 回复 12⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rep">⟦l 2# 葭水老王：就是卖保健品的，别上当。⟧</div>
<div class="ft">⟦a 登录后才能回复，没有账号？注册⟧ ⟦m 葭水论坛 ICP备案 赣ICP备2022011873号⟧</div>
</body></html>
""",
        body="""
这几天早上去买菜，菜市场门口有几个人摆了一台体重秤，挂着牌子写“免费称体重，免费测体脂”。
我好奇称了一下，结果那人说我体脂超标，要我留电话，说有专家免费讲课，还送鸡蛋。
我没留电话就走了，回家越想越不对劲。
有没有人知道这是干嘛的？会不会是推销保健品的？
""",
    ),
    dict(
        slug="download-scale-calibration-procedure",
        site="计量资料下载网 (invented)",
        style="资料下载站",
        genre="技术资料",
        kind="other",
        form="text",
        source="http://www.jlzlxz.example.com/down/3318.html",
        title="电子体重秤检定操作规程",
        record_title="电子体重秤检定操作规程.doc下载",
        date=None,
        notes="download station: file-info lines, mirror links, unzip password, dead-link report; decimal headings kept; no date",
        page="""
!m 计量资料下载网 — 计量人的资料库
!m 首页 → 检定规程 → 衡器
!m 资料名称：电子体重秤检定操作规程　　资料类型：DOC　　大小：88KB
!m 更新：2025-02-14　　人气：1290
{BODY}
!a 下载地址：[ 电信下载 ]　[ 移动下载 ]　[ 备用下载 ]
!a 解压密码：jlzlxz
!a 链接失效请点此反馈
!d 本站资料来源于网络，版权归原作者所有
""",
        body="""
1 适用范围
本规程适用于最大秤量不超过200kg的电子体重秤的首次检定和后续检定。
2 检定设备
2.1 M1级标准砝码，总质量不低于最大秤量。
2.2 水平仪一台。
3 检定项目
3.1 外观检查：秤体完好，显示清晰，具有计量标志。
3.2 称量测试：按空秤、四分之一、二分之一、最大秤量依次加载，记录示值误差。
""",
    ),
    dict(
        slug="personnel-exam-scale-fitness-test-notice",
        site="蒹城市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.jiancheng.example.gov.cn/tzgg/2025/0612/2290.html",
        title="2025年蒹城市公安机关招录人民警察体检体测公告",
        record_title="2025年蒹城市公安机关招录人民警察体检体测公告",
        date="2025-06-12",
        record_date="2025-06-12",
        notes="personnel-exam site: a technical line vs. the committee's own 咨询电话 (kept); a timetable; sentences about 下载/打印 kept",
        page="""
<html><head><meta charset="utf-8"><title>2025年蒹城市公安机关招录人民警察体检体测公告</title></head><body>
<div class="hd">⟦m 蒹城市人事考试网⟧</div>
<div class="nav">⟦m 首页 | 考试动态 | 报名入口 | 成绩查询 | 证书办理⟧</div>
<h1>⟦t 2025年蒹城市公安机关招录人民警察体检体测公告⟧</h1>
<div class="info">⟦m 发布时间：2025-06-12　字体：[大 中 小]⟧</div>
{BODY}
<div class="tech">⟦w 报名系统技术支持：0734-8339021⟧</div>
<div class="foot">⟦d 主办单位：蒹城市人力资源和社会保障局⟧</div>
</body></html>
""",
        body="""
一、时间安排
项目　日期　地点
体检　6月20日　市第一人民医院体检中心
体能测评　6月22日　市体育中心田径场
二、注意事项
体检当天须空腹，体重、身高使用医院统一的体重秤和身高计测量，体重指数不符合标准的不予录用。
请考生于6月16日起登录本网站下载并打印体检通知书。
咨询电话：0734-8223317（市公安局政治部）。
""",
    ),
    dict(
        slug="tender-scale-school-health-room",
        site="栌阳县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.luyang.example.gov.cn/cggg/2025/0505/9913.html",
        title="栌阳县中小学卫生室体检设备采购项目询价公告",
        record_title="【采购公告】栌阳县中小学卫生室体检设备采购项目询价公告",
        date="2025-05-05",
        notes="procurement platform: countdown line, CA hotline vs. purchaser and agency contacts (kept); lots table",
        page="""
!m 栌阳县政府采购网
!m 首页 ＞ 采购公告 ＞ 询价公告
{T}
!m 发布时间：2025-05-05 09:30　　浏览：271
!a 距投标截止还剩：9天 6小时
{BODY}
!m CA数字证书服务热线：400-612-5800
!l 上一条：县第一中学校服采购项目成交公告
""",
        body="""
一、项目名称：栌阳县中小学卫生室体检设备采购项目
二、采购内容
品目　数量　最高限价（元）
电子身高体重秤　42台　1800
视力表灯箱　42台　600
三、报价截止时间：2025年5月15日9时00分。
四、联系方式
采购人：栌阳县教育局，联系人：容老师，电话：0739-7712356。
代理机构：栌阳恒信项目管理有限公司，联系人：阙工，电话：0739-7738820。
""",
    ),
    dict(
        slug="lawfirm-scale-gym-consumer-dispute",
        site="鸣鹤律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="other",
        form="text",
        source="https://www.minghelaw.example.com/article/2290.html",
        title="健身房“体脂秤测评”后推销私教课，消费者可以退费吗？",
        record_title="律师说法丨健身房“体脂秤测评”后推销私教课，消费者可以退费吗？",
        date="2025-05-26",
        notes="law firm: consult card, not-legal-advice notice; 发布时间 is the page's date",
        page="""
!m 鸣鹤律师事务所　｜　消费维权　劳动争议　合同纠纷
!m 首页 » 律师说法
{T}
!m 发布时间：2025-05-26　　作者：苗一帆律师
{BODY}
!w 免费法律咨询请拨 0730-8125500 或在线留言
!d 本文不构成法律意见，具体问题请咨询执业律师
""",
        body="""
不少健身房会先让顾客免费站上体脂秤“测评”，再以体脂超标为由推销高价私教课。
如果健身房在推销时夸大测评结果、虚构减脂效果，可能构成欺诈，消费者可以主张撤销合同。
如果只是消费者事后反悔，一般应按合同约定处理，但格式条款中“概不退款”的约定不一定有效。
建议消费者签约前仔细阅读合同条款，保留宣传材料和聊天记录，发生纠纷时可向消费者协会投诉。
""",
    ),
    dict(
        slug="community-scale-health-hut-opening",
        site="蓬溪街道桂香社区 (invented)",
        style="社区网站",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.guixiang-sq.example.cn/dongtai/2025-03-11.html",
        title="桂香社区“健康小屋”开放了",
        record_title="桂香社区“健康小屋”开放了",
        date="2025-03-11",
        record_date="2025-03-11",
        notes="residents' site with a 网格员 box; a community duty phone in the body kept beside a property line",
        page="""
<html><head><meta charset="utf-8"><title>桂香社区“健康小屋”开放了</title></head><body>
<div class="hd">⟦m 桂香社区 · 邻里守望 幸福桂香⟧</div>
<div class="nav">⟦m 首页 社区动态 办事指南 志愿服务 联系我们⟧</div>
<h2>⟦t 桂香社区“健康小屋”开放了⟧</h2>
<div class="meta">⟦m 2025年3月11日　桂香社区居委会⟧</div>
{BODY}
<div class="wg">⟦w 网格员贾丽：有事找网格，电话 13807310628⟧</div>
<div class="pm">⟦m 物业服务热线 0731-8820716⟧</div>
</body></html>
""",
        body="""
3月10日，桂香社区“健康小屋”正式对居民开放。
小屋里配备了智能体重秤、电子血压计、血糖仪等设备，居民刷身份证即可自助检测，数据自动存入健康档案。
每周三上午，社区卫生服务站的医生还会到小屋坐诊，为老年人解读检测结果。
开放时间为每天8时至17时，咨询电话：0731-8845019。
""",
    ),
    dict(
        slug="association-scale-weighing-industry-report",
        site="樾山衡器行业协会 (invented)",
        style="行业协会",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.yshqxh.example.org.cn/hyzx/2025/0219/58.html",
        title="2024年樾山县家用衡器行业运行情况报告",
        record_title="【协会发布】2024年樾山县家用衡器行业运行情况报告",
        date="2025-02-19",
        notes="association: member login, a table of output figures kept; 成文日期 under the signature",
        page="""
!m 樾山衡器行业协会
!a 会员登录　入会申请　会员查询
!m 首页 → 行业资讯 → 运行分析
{T}
!m 2025-02-19　　协会秘书处
{BODY}
!l 相关阅读：衡器企业质量提升座谈会召开
!m 协会地址：樾山县经开区衡器城9号　电话：0578-3360011
""",
        body="""
2024年，全县家用衡器行业总体平稳，产量、出口均有增长。
品类　产量（万台）　同比
电子体重秤　1860　+8.2%
厨房秤　940　+3.5%
体脂秤　620　+21.7%
体脂秤增长较快，但同质化竞争严重，平均出厂价下降百分之六。
建议企业加大传感器和算法研发投入，避免低价竞争。
樾山衡器行业协会
2025年2月19日
""",
    ),
    dict(
        slug="company-scale-maker-new-product-news",
        site="衡悦智能科技 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hengyue-tech.example.com/news/2025/0603.html",
        title="衡悦智能推出面向养老机构的坐式体重秤",
        record_title="衡悦智能推出面向养老机构的坐式体重秤",
        date="2025-06-03",
        notes="company site with an online-service float and a 400 line; a dotted company date is the page's date; photo caption on its own line",
        page="""
<html><head><meta charset="utf-8"><title>衡悦智能推出面向养老机构的坐式体重秤</title></head><body>
<div class="hd">⟦m 衡悦智能 HENGYUE⟧ ⟦m 首页 产品 方案 新闻 联系⟧</div>
<h1>⟦t 衡悦智能推出面向养老机构的坐式体重秤⟧</h1>
<div class="date">⟦m 2025.06.03⟧</div>
{BODY}
<div class="float">⟦w 在线客服⟧ ⟦w 销售热线 400-117-8899⟧</div>
<div class="foot">⟦d © 2025 衡悦智能科技有限公司 保留所有权利⟧</div>
</body></html>
""",
        body="""
6月3日，衡悦智能科技有限公司发布新款坐式体重秤，专为养老机构和康复病房设计。
⟦m 图为坐式体重秤产品展示⟧
该产品带扶手和靠背，行动不便的老人坐着就能称重，测量数据可通过无线方式上传到护理系统。
公司负责人表示，产品已在本县三家养老院试用，护理人员称重时间平均缩短了一半。
""",
    ),
    dict(
        slug="training-scale-nutrition-course-brochure",
        site="蘅芜健康管理培训中心 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="https://www.hengwu-jk.example.com/course/yyzd.html",
        title="社区体重管理指导员培训班招生简章",
        record_title="社区体重管理指导员培训班招生简章（2025夏季班）",
        date=None,
        notes="training school: promo box between paragraphs, 报名电话 in the body kept beside a 400 line; no date",
        page="""
!m 蘅芜健康管理培训中心
!m 首页 ＞ 课程中心 ＞ 体重管理
{T}
!a 【立即咨询】　【领取试听课】
{BODY}
!w 全国咨询热线：400-809-3361
!d 最终解释权归蘅芜健康管理培训中心所有
""",
        body="""
一、培养目标
培养能够指导社区居民科学测量体重、制定饮食和运动计划的体重管理指导员。
二、课程内容
体重秤与体成分分析仪的使用、膳食营养基础、运动处方入门、行为干预技巧。
⟦a 🔥 早鸟价限时优惠，前30名立减500元 🔥⟧
三、报名方式
报名电话：0731-8460127，报名截止至7月10日。
""",
    ),
]
