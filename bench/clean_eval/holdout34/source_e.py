"""holdout34, part E: associations, firms, training schools, 范文 apps, exam forums, encyclopaedias,
cloud drives, snapshots, print views, forwarded mails. Invented."""

def C(**kw):
    return dict(kw)

CASES = [
    C(slug="assoc-penjing-minutes-text", site="蔺溪县盆景协会 (invented)", style="行业协会", genre="会议纪要", kind="minutes", form="text",
      source="http://www.lxpj.example.org/xhdt/2025/03.html", title="蔺溪县盆景协会三届二次理事会会议纪要",
      record_title="【协会动态】蔺溪县盆景协会三届二次理事会会议纪要", date="2025-03-16",
      notes="association page: decorated title, minutes lines kept, a vote count kept; join-us button",
      page="""
!m 蔺溪县盆景协会　以树为友　以艺会友
!t 【协会动态】蔺溪县盆景协会三届二次理事会会议纪要
{BODY}
!a 申请入会　会员登录
!m 协会秘书处电话：0738-4456123
""",
      body="""
时间：2025年3月15日
地点：县文化馆二楼
主持：会长　庞松年
会议审议通过了第五届盆景展的举办方案，表决结果：同意二十一票，反对零票，弃权一票。
蔺溪县盆景协会秘书处
2025年3月16日
"""),
    C(slug="assoc-yizhong-bird-html", site="蓍川观鸟会 (invented)", style="行业协会", genre="倡议书", kind="notice", form="html",
      source="https://www.scbird.example.org/news/55.html", title="文明观鸟倡议书",
      record_title="倡议｜文明观鸟倡议书 - 蓍川观鸟会", date="2025-10-08",
      notes="association site HTML; decorated title; bird-record sidebar; the pledge's own report e-mail kept",
      page="""
<html><head><meta charset="utf-8"><title>倡议｜文明观鸟倡议书 - 蓍川观鸟会</title></head><body>
<div class="hd">⟦m 蓍川观鸟会⟧ ⟦l 鸟讯 | 活动 | 图库 | 加入我们⟧</div>
<div class="side">⟦l 本周鸟讯：东方白鹳12只抵达蓍湖⟧</div>
<h1>{T}</h1>
{BODY}
<div class="ft">⟦d 图文版权归蓍川观鸟会所有⟧</div></body></html>
""",
      body="""
观鸟爱好者们：
秋季候鸟迁徙高峰已经到来，为减少对鸟类的干扰，我们倡议：
一、不使用声音诱鸟，不投食摆拍。
二、与鸟类保持安全距离，不进入保护区核心区。
发现伤病鸟类，请发送信息至邮箱jiuhu@scbird.example.org。
蓍川观鸟会
2025年10月8日
"""),
    C(slug="corp-kuangquan-recall-html", site="橼溪山泉饮品有限公司 (invented)", style="企业官网", genre="公告", kind="notice", form="html",
      source="https://www.yxspring.example.com/news/2025/0708.html", title="关于主动召回部分批次桶装饮用水的公告",
      record_title="关于主动召回部分批次桶装饮用水的公告-新闻中心-橼溪山泉", date="2025-07-08",
      notes="corporate site: product menu, online shop button, customer line in the footer beside the recall's own 召回电话",
      page="""
<html><head><meta charset="utf-8"><title>关于主动召回部分批次桶装饮用水的公告-新闻中心-橼溪山泉</title></head><body>
<div class="hd">⟦m 橼溪山泉　好水源自深山⟧ ⟦l 产品中心 | 新闻中心 | 联系我们⟧ ⟦a 进入网上商城⟧</div>
<h1>{T}</h1><p>⟦m 2025-07-08　新闻中心⟧</p>
{BODY}
<div class="ft">⟦m 客服热线：400-700-5566⟧ ⟦m 湘ICP备2022005512号⟧</div></body></html>
""",
      body="""
经企业自检发现，2025年6月20日生产的18.9升桶装饮用水（批号20250620B）菌落总数指标不符合企业标准，我公司决定主动召回。
已购买该批次产品的消费者，可拨打召回专线0735-4478800办理退换。
橼溪山泉饮品有限公司
2025年7月8日
"""),
    C(slug="corp-denju-news-text", site="枸岭明光灯具 (invented)", style="企业官网", genre="新闻", kind="news", form="text",
      source="http://www.mingguang-light.example.com/news/331.html", title="明光灯具通过省级绿色工厂评审",
      record_title="明光灯具通过省级绿色工厂评审", date=None,
      notes="corporate news without date (a relative time 3天前 is no date); share bar; title repeated",
      page="""
!m 明光灯具 | 照亮每一个角落
!t 明光灯具通过省级绿色工厂评审
!m 3天前　浏览 88
{BODY}
!l 分享：微信　微博　QQ
!m 版权所有 © 枸岭明光灯具有限公司
""",
      body="""
近日，公司顺利通过省级绿色工厂现场评审。
评审组对公司的能源管理、清洁生产和废弃物回收等情况进行了现场检查，给予了充分肯定。
"""),
    C(slug="training-pengren-course-text", site="味道烹饪培训学校 (invented)", style="培训机构", genre="招生简章", kind="notice", form="text",
      source="https://www.weidao-school.example.com/jianzhang/2025.html", title="2025年秋季中式面点班招生简章",
      record_title="【火热招生】2025年秋季中式面点班招生简章（包食宿）", date="2025-08-01",
      notes="training school: consult prompt with WeChat (contact), course table kept, signature date",
      page="""
!m 味道烹饪培训学校　学手艺　找味道
!t 【火热招生】2025年秋季中式面点班招生简章（包食宿）
!w 报名咨询加微信：weidao_zs2025
{BODY}
!a 立即在线报名
!d 最终解释权归本校所有
""",
      body="""
一、开班时间：2025年9月1日。
二、课程安排：
课程　课时
发面类面点　60
油酥类面点　40
三、学费：每人四千八百元，含食宿和材料费。
味道烹饪培训学校
2025年8月1日
"""),
    C(slug="training-hanghai-html", site="港帆船员培训中心 (invented)", style="培训机构", genre="通知", kind="notice", form="html",
      source="https://www.gangfan-crew.example.cn/notice/2025/09.html", title="关于举办船员基本安全培训第九期的通知",
      record_title="关于举办船员基本安全培训第九期的通知", date="2025-09-05",
      notes="training centre HTML: banner, course sidebar, floating consult box; the centre's own 报名电话 kept",
      page="""
<html><head><meta charset="utf-8"><title>船员培训通知</title></head><body>
<div class="hd">⟦m 港帆船员培训中心⟧ ⟦l 培训项目 | 报名须知 | 证书查询⟧</div>
<div class="float">⟦w 在线客服 QQ：3312208871⟧</div>
<h1>{T}</h1>
{BODY}
<div class="ft">⟦m 地址：樗川港区海滨路20号⟧</div></body></html>
""",
      body="""
各位学员：
第九期船员基本安全培训定于9月15日开班，培训期十二天。
报名须提交体检证明和身份证复印件，报名电话：0719-8866312。
港帆船员培训中心
2025年9月5日
"""),
    C(slug="fanwenapp-choir-summary", site="妙笔范文App (invented)", style="范文APP", genre="工作总结", kind="summary", form="text",
      source="https://share.miaobi-app.example.com/s/8a77c1", title="社区合唱团2024年活动总结",
      record_title="社区合唱团2024年活动总结（可编辑）", date=None,
      notes="a writing app's share page: open-app banner, copy lock, a year only in the title",
      page="""
!a 打开妙笔App，解锁全部范文
!t 社区合唱团2024年活动总结（可编辑）
{BODY}
!a 复制全文需开通妙笔会员
!l 猜你喜欢：文艺活动总结　志愿服务总结
""",
      body="""
一年来，社区合唱团坚持每周排练两次，参加各类演出十四场。
合唱团新吸收团员十二名，团员总数达到四十六人。
"""),
    C(slug="fanwenapp-miyao-speech-reading-mode", site="公文宝App (invented)", style="范文APP", genre="讲话稿", kind="speech", form="text",
      source="https://m.gongwenbao.example.com/read/55012", title="在全县土壤普查工作动员会上的讲话",
      record_title="在全县土壤普查工作动员会上的讲话｜公文宝", date="2025-03-18",
      notes="reading mode of a 范文 app: font row, speech date under the title (neutral), member prompt between paragraphs",
      page="""
!a Aa 字号　夜间模式　收藏
!t 在全县土壤普查工作动员会上的讲话
（2025年3月18日）
{BODY}
!l 相关范文 3 篇 >
""",
      body="""
同志们：
今天召开动员会，部署全县第三次土壤普查外业调查工作。
⟦a 开通公文宝会员，下载Word原文⟧
各乡镇要配齐采样队伍，确保6月底前完成全部样点采集任务。
"""),
    C(slug="gkforum-interview-post", site="上岸公考论坛 (invented)", style="公考论坛", genre="心得体会", kind="insight", form="text",
      source="http://www.shanganbbs.example.com/thread-99120-1-1.html", title="参加航标处事业单位面试的几点体会",
      record_title="【上岸经验】参加航标处事业单位面试的几点体会（附真题）", date="2025-07-02",
      notes="exam forum: hook decoration, floor meta, signature; 发表于 the page's date; junk",
      junk=dict(lines=1, glued=1),
      page="""
!m 上岸公考论坛 › 事业单位 › 面试经验
!t 【上岸经验】参加航标处事业单位面试的几点体会（附真题）
!m 发表于 2025-7-2 22:15　|　只看楼主
{BODY}
!m 签名：心之所向，一路上岸
!l 收藏　分享　评分
""",
      body="""
上周参加了航标处的结构化面试，终于拿到了体检通知，分享几点体会。
一是题目贴近岗位，考了台风后航标恢复的应急处置。
二是回答要有条理，先讲原则，再讲措施。
"""),
    C(slug="gkforum-shenlun-html", site="申论之家 (invented)", style="公考论坛", genre="范文", kind="insight", form="html",
      source="https://www.shenlunzhijia.example.com/t/7702", title="让古树名木成为乡村振兴的绿色资源",
      record_title="[申论范文] 让古树名木成为乡村振兴的绿色资源 - 申论之家", date=None,
      notes="exam forum HTML; no date; forum chrome; a 'login to view score' box",
      page="""
<html><head><meta charset="utf-8"><title>[申论范文] 让古树名木成为乡村振兴的绿色资源 - 申论之家</title></head><body>
<div class="hd">⟦m 申论之家⟧ ⟦l 首页 | 申论 | 行测 | 面试⟧</div>
<h1>{T}</h1><div>⟦m 楼主：申论小白　回复 36　查看 4521⟧</div>
{BODY}
<div>⟦a 登录后查看老师评分⟧</div>
<div class="ft">⟦m 申论之家 ©2025⟧</div></body></html>
""",
      body="""
古树名木是大自然留给乡村的宝贵财富。
把古树保护与乡村旅游结合起来，既能守住绿色根脉，又能带动村民增收。
"""),
    C(slug="wiki-linzhang-entry", site="政务百科 (invented)", style="百科问答", genre="百科词条", kind="answer", form="text",
      source="https://baike.zhengwu.example.com/item/林长制", title="林长制",
      record_title="林长制 - 政务百科", date=None,
      notes="encyclopaedia entry: edit links, catalogue, example date inside a sentence is no date",
      page="""
!m 政务百科　|　编辑词条
!t 林长制 - 政务百科
!a 编辑　讨论　收藏
!l 目录：1 概念　2 职责
{BODY}
!m 词条浏览：3,210次　最近更新：2025-04-03
""",
      body="""
林长制是由各级党政主要负责同志担任林长，负责组织领导相应区域森林草原资源保护发展工作的制度。
例如某县于2021年6月全面推行林长制，设立县、乡、村三级林长。
"""),
    C(slug="wiki-qa-shelter-answer-html", site="百晓问答 (invented)", style="百科问答", genre="答复", kind="answer", form="html",
      source="https://www.baixiaowd.example.com/q/7712", title="领养流浪狗需要办理哪些手续",
      record_title="领养流浪狗需要办理哪些手续？ - 百晓问答", date="2025-02-14",
      notes="Q&A HTML: 回答于 line, vote bar",
      page="""
<html><head><meta charset="utf-8"><title>领养流浪狗需要办理哪些手续？ - 百晓问答</title></head><body>
<div class="hd">⟦m 百晓问答⟧ ⟦a 我要提问⟧</div>
<h1>领养流浪狗需要办理哪些手续？</h1>
<div>⟦m 热心网友　回答于 2025-02-14⟧</div>
{BODY}
<div>⟦l 有帮助 12　踩⟧</div></body></html>
""",
      body="""
一般需要携带身份证到救助站登记，签订领养协议，并在领养后三十日内办理犬只登记和免疫。
"""),
]
